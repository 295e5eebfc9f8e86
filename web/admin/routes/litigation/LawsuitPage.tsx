import { Button, Card, Empty, Flex, Select, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { HEAD_LEVELS } from '../../../../common/contracts/litigation.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  type FieldSpec,
  StepInput,
  StepTimeline,
  TransitionDialog,
  useRecordProcedure,
} from '../../../common/procedure/index.js';
import { lawsuitsApi } from './api.js';
import { judgmentLabel, judgmentOptions, secondResultOptions, STATE_COLOR } from './labels.js';
import { CaseFacts, Clocks, Hearings, ProcessFacts } from './LawsuitFacts.js';
import { Suggestions } from './Suggestions.js';
import './messages.js';

const NS = 'litigation.transition';
const HEAD = { field: 'headAppeared', in: ['true'] };
const NO_HEAD = { field: 'headAppeared', in: ['false'] };

/** Each step's form (the contract's transition inputs). */
const FORMS: Record<string, FieldSpec[]> = {
  answer: [
    { name: 'answeredOn', kind: 'date', required: true },
    { name: 'evidence', kind: 'textarea', required: true },
    { name: 'basis', kind: 'textarea', required: true },
  ],
  record_hearing: [
    { name: 'heldOn', kind: 'date', required: true },
    { name: 'headAppeared', kind: 'bool' },
    { name: 'headName', kind: 'text', required: true, when: HEAD },
    { name: 'headPosition', kind: 'text', required: true, when: HEAD },
    { name: 'headLevel', kind: 'headLevel', required: true, when: HEAD },
    { name: 'proofOfPosition', kind: 'bool', when: HEAD },
    { name: 'staffName', kind: 'text', required: true, when: NO_HEAD },
    { name: 'courtRequested', kind: 'bool' },
  ],
  judge_first: [
    { name: 'judgmentType', kind: 'judgmentType', required: true },
    { name: 'judgedOn', kind: 'date', required: true },
    { name: 'servedOn', kind: 'date', required: true },
    { name: 'summary', kind: 'textarea' },
    { name: 'performBy', kind: 'date' },
  ],
  appeal: [
    { name: 'appealedBy', kind: 'party', required: true },
    { name: 'appealedOn', kind: 'date', required: true },
    { name: 'secondCaseNumber', kind: 'text', required: true },
    { name: 'secondCourt', kind: 'text', required: true },
  ],
  take_effect: [{ name: 'effectiveOn', kind: 'date', required: true }],
  judge_second: [
    { name: 'result', kind: 'secondResult', required: true },
    {
      name: 'judgmentType',
      kind: 'judgmentType',
      required: true,
      when: { field: 'result', in: ['amended'] },
    },
    { name: 'judgedOn', kind: 'date', required: true },
    { name: 'performBy', kind: 'date' },
  ],
  close: [
    { name: 'closedOn', kind: 'date', required: true },
    { name: 'performance', kind: 'textarea' },
  ],
};
const INPUT_KEYS = [
  'answeredOn',
  'heldOn',
  'headName',
  'headPosition',
  'staffName',
  'judgmentType',
  'judgedOn',
  'servedOn',
  'appealedOn',
  'secondCaseNumber',
  'result',
  'effectiveOn',
  'closedOn',
  'performance',
];

function useLawsuitControl() {
  const t = useT();
  const { locale } = useLocale();
  const o = (k: string) => t(`litigation.options.${k}`);
  return (spec: FieldSpec, bound: BoundProps) => {
    const select = (options: { value: string; label: string }[]) => (
      <Select
        {...bound}
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        placeholder={o('select')}
      />
    );
    switch (spec.kind) {
      case 'judgmentType':
        return select(judgmentOptions(locale));
      case 'secondResult':
        return select(secondResultOptions(locale));
      case 'headLevel':
        return select(HEAD_LEVELS.map((h) => ({ value: h.code, label: o(h.code) })));
      case 'party':
        return select(['plaintiff', 'defendant'].map((p) => ({ value: p, label: o(p) })));
      default:
        return undefined;
    }
  };
}

/** Today for every date of the form, and the head in court by default (the law's rule, 第三条第三款). */
function initialValues(key: string): Record<string, unknown> {
  const today = dayjs();
  const dates = Object.fromEntries(
    (FORMS[key] ?? []).filter((s) => s.kind === 'date' && s.name !== 'performBy').map((s) => [s.name, today]),
  );
  return key === 'record_hearing' ? { ...dates, headAppeared: true, proofOfPosition: true } : dates;
}

/** One lawsuit: the case, the defence, hearings with the head in court, decisions, periods and next steps. */
export default function LawsuitPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const renderControl = useLawsuitControl();
  const { detail, pending, choose, cancel, fire, replace } = useRecordProcedure({
    queryKey: ['litigation', 'lawsuit', id],
    get: () => lawsuitsApi.get(id),
    transition: (step, body, version) => lawsuitsApi.transition(id, step, body, version),
    invalidates: [['litigation', 'lawsuits'], ['corrections']],
    doneMessage: (action) => t(`${NS}.done`, { action }),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const l = detail.data;
  const d = (k: string) => t(`litigation.detail.${k}`);
  return (
    <>
      <PageHeader
        title={t('litigation.detail.title', { caseNumber: l.caseNumber })}
        subTitle={
          <Flex gap={8} wrap>
            <span>{l.orgUnit.name}</span>
            <Tag color={STATE_COLOR[l.state]} data-testid="lawsuit-state">
              {t(`litigation.states.${l.state}`)}
            </Tag>
            {l.effectiveType ? <span>{judgmentLabel(l.effectiveType, locale)}</span> : null}
          </Flex>
        }
        extra={
          <Link to="/litigation/lawsuits">
            <Button>{d('back')}</Button>
          </Link>
        }
      />
      {l.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={d('actions')}>
          <ActionButtons
            actions={l.actions}
            onAction={choose}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card title={d('facts')} size="small">
            <CaseFacts l={l} />
          </Card>
          <Card title={d('process')} size="small">
            <ProcessFacts l={l} />
          </Card>
          <Card title={d('suggestions')} size="small">
            <Suggestions l={l} onChange={replace} />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 320px' }}>
          <Card title={d('hearings')} size="small">
            <Hearings l={l} />
          </Card>
          <Card title={d('clocks')} size="small">
            <Clocks l={l} />
          </Card>
          <Card title={d('history')} size="small">
            {l.history.length || l.filedOn ? (
              <StepTimeline
                leading={{
                  label: d('registered'),
                  details: <div style={{ color: '#595959' }}>{l.servedOn}</div>,
                }}
                steps={l.history}
                details={(h) => (
                  <StepInput
                    input={h.input}
                    keys={INPUT_KEYS}
                    fieldLabel={(k) => t(`${NS}.fields.${k}`)}
                    value={(k, v) => (k === 'judgmentType' ? judgmentLabel(v, locale) : v)}
                  />
                )}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={FORMS[pending?.key ?? ''] ?? []}
        ns={NS}
        initialValues={initialValues(pending?.key ?? '')}
        width={640}
        busy={fire.isPending}
        error={fire.error}
        renderControl={renderControl}
        onCancel={cancel}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
      />
    </>
  );
}
