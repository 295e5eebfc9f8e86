import { useQuery } from '@tanstack/react-query';
import { Alert, Select } from 'antd';
import dayjs from 'dayjs';
import type { MatterDetail } from '../../../../common/contracts/legal-affairs/matters.js';
import type { ProcedureAction } from '../../../common/components/ActionButtons.js';
import { toBody } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import type { FieldSpec } from '../../../common/procedure/field-spec.js';
import { type BoundProps, TransitionDialog } from '../../../common/procedure/TransitionDialog.js';
import { legalApi } from './api.js';
import { outcomeOptions } from './labels.js';
import './messages.js';

const NS = 'legal.transition';

/** The form of each step (the contract's AssignInput, IssueOpinionInput, ConcludeInput, ReasonInput). */
const FORMS: Record<string, FieldSpec[]> = {
  assign: [{ name: 'adviserIds', kind: 'advisers', required: true }],
  issue_opinion: [
    { name: 'opinionNumber', kind: 'text', required: true, maxLength: 60 },
    { name: 'issuedOn', kind: 'date', required: true },
    { name: 'signerAdviserId', kind: 'signer', required: true },
    { name: 'title', kind: 'text', required: true, maxLength: 200 },
    { name: 'body', kind: 'textarea', required: true, rows: 8, maxLength: 20000 },
  ],
  conclude: [
    { name: 'concludedOn', kind: 'date', required: true },
    { name: 'outcome', kind: 'outcome', required: true },
    { name: 'outcomeNote', kind: 'textarea' },
  ],
  return: [{ name: 'reason', kind: 'textarea', required: true }],
  withdraw: [{ name: 'reason', kind: 'textarea', required: true }],
};
const LOSS: FieldSpec[] = [
  { name: 'amountAtStake', kind: 'amount' },
  { name: 'lossAvoidedYuan', kind: 'amount' },
  { name: 'lossReckoning', kind: 'textarea' },
];

function specsOf(key: string, kind: string): FieldSpec[] {
  const specs = FORMS[key] ?? [];
  return key === 'conclude' && kind === 'litigation' ? [...specs, ...LOSS] : specs;
}

function initialValues(key: string, m: MatterDetail): Record<string, unknown> {
  const lead = m.advisers.find((a) => a.role === 'lead');
  if (key === 'assign') return { adviserIds: m.advisers.map((a) => a.id) };
  if (key === 'issue_opinion')
    return { issuedOn: dayjs(), signerAdviserId: lead?.id, title: `关于${m.subject}的法律意见书` };
  if (key === 'conclude') return { concludedOn: dayjs(), amountAtStake: m.amountAtStake ?? undefined };
  return {};
}

interface Props {
  action: ProcedureAction | null;
  matter: MatterDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (body: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** One step of a matter: assign advisers, issue an opinion, conclude with its outcome, return or withdraw. */
export function MatterDialog({ action, matter, busy, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const key = action?.key ?? '';
  const roster = useQuery({
    queryKey: ['legal-affairs', 'roster'],
    queryFn: () => legalApi.roster(),
    enabled: key === 'assign',
  });
  const renderControl = (spec: FieldSpec, bound: BoundProps) => {
    if (spec.kind === 'advisers')
      return (
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          options={(roster.data?.advisers ?? [])
            .filter((a) => a.status === 'active')
            .map((a) => ({ value: a.id, label: `${a.name}（${a.firm ?? a.orgUnit.name}）` }))}
          {...bound}
        />
      );
    if (spec.kind === 'signer')
      return (
        <Select
          showSearch
          optionFilterProp="label"
          options={matter.advisers.map((a) => ({ value: a.id, label: a.name }))}
          {...bound}
        />
      );
    if (spec.kind === 'outcome')
      return (
        <Select
          showSearch
          optionFilterProp="label"
          options={outcomeOptions(matter.kind, locale)}
          {...bound}
        />
      );
    return undefined;
  };
  const top =
    key === 'issue_opinion' ? (
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`${NS}.opinionHint`)} />
    ) : key === 'conclude' && matter.kind === 'litigation' ? (
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(`${NS}.lossHint`)} />
    ) : null;
  return (
    <TransitionDialog
      action={action}
      specs={action ? specsOf(key, matter.kind) : []}
      ns={NS}
      initialValues={initialValues(key, matter)}
      width={key === 'issue_opinion' ? 760 : 560}
      busy={busy}
      error={error}
      onSubmit={(v) => onSubmit(toBody(v))}
      onCancel={onCancel}
      renderControl={renderControl}
      top={top}
    />
  );
}
