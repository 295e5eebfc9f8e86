import { Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatYuan } from '../../../../common/format.js';
import { type Locale, useLocale, useT } from '../../../../common/i18n.js';
import type { CaseDetail, CaseReview } from './api.js';
import { ClockTag, StepInput, StepTimeline } from '../../../../common/procedure/index.js';
import { clockFamily, clockOrder } from './clocks.js';
import {
  circumstanceLabel,
  kindLabel,
  majorReasonLabel,
  outcomeLabel,
  partyTypeLabel,
  pauseGroundLabel,
  penaltyKindLabel,
  reviewConclusionLabel,
  serviceMethodLabel,
} from './labels.js';
import './messages.js';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
const pre = (v: string | null | undefined) => <span style={{ whiteSpace: 'pre-wrap' }}>{dash(v)}</span>;

function powerName(c: CaseDetail): string {
  return c.powerItem ? `${c.powerItem.code} ${c.powerItem.name}` : '—';
}

/** The case as opened: body, kind, power exercised, cause, handlers, and the party (masked as returned). */
export function CaseFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`enforcementCases.fields.${name}`);
  const handlers = (c.handlers ?? []).map(
    (h) => `${h.name}${h.certificateNumber ? `（${h.certificateNumber}）` : ''}`,
  );
  return (
    <Descriptions
      // Every breakpoint named: antd fills the unnamed ones with 3 columns, which crushes the card at 1280 px.
      column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }}
      bordered
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' } }}
    >
      <Descriptions.Item label={f('caseNumber')}>{c.caseNumber}</Descriptions.Item>
      <Descriptions.Item label={f('orgUnitId')}>{c.orgUnitName}</Descriptions.Item>
      <Descriptions.Item label={f('kind')}>{kindLabel(c.kind, locale)}</Descriptions.Item>
      <Descriptions.Item label={f('openedOn')}>{c.openedOn}</Descriptions.Item>
      <Descriptions.Item label={t('enforcementCases.detail.powerItem')} span={2}>
        {powerName(c)}
      </Descriptions.Item>
      {c.benchmark ? (
        <Descriptions.Item label={t('enforcementCases.detail.benchmark')} span={2}>
          {`${c.benchmark.code} ${c.benchmark.violation}`}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={f('cause')} span={2}>
        {c.cause}
      </Descriptions.Item>
      <Descriptions.Item label={f('source')}>{dash(c.source)}</Descriptions.Item>
      <Descriptions.Item label={t('enforcementCases.detail.handlers')}>
        {handlers.join('、') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={f('isMajor')} span={2}>
        {c.isMajor ? (
          <Flex gap={4} wrap>
            {(c.majorReasons ?? []).map((r) => (
              <Tag key={r} color="red">
                {majorReasonLabel(r, locale)}
              </Tag>
            ))}
            {(c.majorReasons ?? []).length === 0 ? (
              <Tag color="red">{t('enforcementCases.list.major')}</Tag>
            ) : null}
          </Flex>
        ) : (
          t('enforcementCases.detail.no')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={f('collectiveRequired')} span={2}>
        {c.collectiveRequired ? t('enforcementCases.detail.yes') : t('enforcementCases.detail.no')}
      </Descriptions.Item>
      <Descriptions.Item label={f('partyType')}>{partyTypeLabel(c.partyType, locale)}</Descriptions.Item>
      <Descriptions.Item label={f('partyName')}>{c.partyName}</Descriptions.Item>
      {c.partyOperatorName ? (
        <Descriptions.Item label={f('partyOperatorName')}>{c.partyOperatorName}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={f('partyIdNumber')}>
        <span data-testid="masked-id">{dash(c.partyIdNumber)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={f('partyPhone')}>{dash(c.partyPhone)}</Descriptions.Item>
      <Descriptions.Item label={f('partyAddress')} span={2}>
        {dash(c.partyAddress)}
      </Descriptions.Item>
      <Descriptions.Item label={f('facts')} span={2}>
        {pre(c.facts)}
      </Descriptions.Item>
    </Descriptions>
  );
}

const yuan = (v: number | null | undefined, locale: Locale) =>
  v === null || v === undefined ? null : formatYuan(v, locale);

const kindsText = (kinds: readonly string[] | null, locale: Locale) =>
  kinds && kinds.length > 0 ? kinds.map((k) => penaltyKindLabel(k, locale)).join('、') : null;

/** What happened after 立案: 告知, 听证, 集体讨论, the decision and its service and execution. */
export function ProcessFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`enforcementCases.fields.${name}`);
  const items: { key: string; label: string; children: ReactNode }[] = [];
  const add = (key: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '')
      items.push({ key, label: f(key), children: value });
  };
  add('notifiedOn', c.notifiedOn);
  add('intendedPenalty', c.intendedPenalty ? pre(c.intendedPenalty) : null);
  add('notifiedKinds', kindsText(c.notifiedKinds, locale));
  if (c.notifiedOn)
    add('hearingRight', c.hearingRight ? t('enforcementCases.detail.yes') : t('enforcementCases.detail.no'));
  add(
    'noticeServedOn',
    c.noticeServedOn
      ? `${c.noticeServedOn}${c.noticeServiceMethod ? `（${serviceMethodLabel(c.noticeServiceMethod, locale)}）` : ''}`
      : null,
  );
  add('statementReceivedOn', c.statementReceivedOn);
  add('statementSummary', c.statementSummary ? pre(c.statementSummary) : null);
  add('statementWaivedOn', c.statementWaivedOn);
  add('hearingRequestedOn', c.hearingRequestedOn);
  add('hearingNoticeOn', c.hearingNoticeOn);
  add('hearingOn', c.hearingOn);
  add('hearingHeldOn', c.hearingHeldOn);
  add('collectiveDiscussedOn', c.collectiveDiscussedOn);
  add('collectiveConclusion', c.collectiveConclusion ? pre(c.collectiveConclusion) : null);
  add('decidedOn', c.decidedOn);
  add('decisionNumber', c.decisionNumber);
  add('outcome', c.outcome ? <Tag color="green">{outcomeLabel(c.outcome, locale)}</Tag> : null);
  add('penaltyKinds', kindsText(c.penaltyKinds, locale));
  add('circumstance', c.circumstance ? circumstanceLabel(c.circumstance, locale) : null);
  add('fineAmount', yuan(c.fineAmount, locale));
  add('confiscationAmount', yuan(c.confiscationAmount, locale));
  add('decisionText', c.decisionText ? pre(c.decisionText) : null);
  add('decisionBasis', c.decisionBasis ? pre(c.decisionBasis) : null);
  add(
    'deviationReason',
    c.benchmarkDeviation ? (
      <>
        <Tag color="orange">{t('enforcementCases.list.deviation')}</Tag>
        {pre(c.deviationReason)}
      </>
    ) : null,
  );
  add(
    'servedOn',
    c.servedOn
      ? `${c.servedOn}${c.serviceMethod ? `（${serviceMethodLabel(c.serviceMethod, locale)}）` : ''}`
      : null,
  );
  add('executedOn', c.executedOn);
  add('closedOn', c.closedOn);
  if (c.filing)
    items.push({
      key: 'filing',
      label: t('enforcementCases.detail.filing'),
      children: (
        <>
          {t('enforcementCases.detail.filingText', {
            due: c.filing.dueOn,
            filed: c.filing.filedOn ?? t('enforcementCases.filings.notFiled'),
          })}
          {c.filing.isLate ? (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t(c.filing.filedOn ? 'enforcementCases.filings.late' : 'enforcementCases.filings.overdue')}
            </Tag>
          ) : null}
        </>
      ),
    });
  if (items.length === 0)
    return (
      <Empty description={t('enforcementCases.detail.noProcess')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
    );
  return <Descriptions column={1} bordered size="small" items={items} styles={{ label: { width: 140 } }} />;
}

/** Every clock of the case with the sentence explaining its due date and the rule it applies. */
export function Clocks({ c }: { c: CaseDetail }) {
  const t = useT();
  const clocks = [...(c.clocks ?? [])].sort((a, b) => clockOrder(a.status) - clockOrder(b.status));
  if (clocks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enforcementCases.detail.noClocks')} />;
  return (
    <Flex vertical gap={12}>
      <HandlingPauses c={c} />
      {clocks.map((k) => {
        const family = clockFamily(k.key);
        return (
          <div key={`${k.key}:${k.startedOn ?? ''}`} data-testid={`clock-${k.key}`}>
            <Flex gap={8} align="center" wrap>
              <strong>{family ? t(`enforcementCases.clock.names.${family}`) : k.label}</strong>
              <ClockTag urgency={k.urgency} status={k.status} dueOn={k.dueOn} explanation={k.explanation} />
              {k.extensionsUsed ? (
                <Tag>{t('enforcementCases.clock.extended', { count: k.extensionsUsed })}</Tag>
              ) : null}
            </Flex>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, whiteSpace: 'pre-line', display: 'block' }}
            >
              {k.explanation || (family ? t(`enforcementCases.clock.explain.${family}`) : '')}
            </Typography.Text>
          </div>
        );
      })}
    </Flex>
  );
}

const INPUT_KEYS = [
  'intendedPenalty',
  'hearingOn',
  'record',
  'conclusion',
  'opinion',
  'decisionNumber',
  'outcome',
  'fineAmount',
  'method',
  'reason',
  'note',
];

/** The procedure's steps (全过程记录), oldest first, with what was entered at each. */
export function Steps({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const shown = (k: string, v: string) =>
    k === 'outcome'
      ? outcomeLabel(v, locale)
      : k === 'conclusion' && ['amend', 'unlawful', 'lawful'].includes(v)
        ? reviewConclusionLabel(v, locale)
        : v;
  return (
    <StepTimeline
      leading={{
        label: t('enforcementCases.detail.openedStep'),
        at: c.createdAt,
        details: (
          <div style={{ color: '#595959' }}>{t('enforcementCases.detail.opened', { date: c.openedOn })}</div>
        ),
      }}
      steps={c.steps ?? []}
      details={(s) => (
        <StepInput
          input={s.input}
          keys={INPUT_KEYS}
          fieldLabel={(k) => t(`enforcementCases.transition.fields.${k}`)}
          value={shown}
        />
      )}
    />
  );
}

/** 法制审核 submissions and opinions, newest first as the server gives them. */
export function Reviews({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const r = (name: string) => t(`enforcementCases.reviews.${name}`);
  return (
    <Table<CaseReview>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={c.reviews ?? []}
      locale={{ emptyText: r('empty') }}
      columns={[
        { title: r('submittedOn'), dataIndex: 'submittedOn', width: 110 },
        {
          title: r('conclusion'),
          dataIndex: 'conclusion',
          width: 200,
          render: (v: string | null, row) => (
            <>
              {v ? (
                <Tag color={v === 'lawful' ? 'green' : 'red'}>{reviewConclusionLabel(v, locale)}</Tag>
              ) : (
                <Tag color="gold">{r('pending')}</Tag>
              )}
              {row.deviationFlagged ? <Tag color="orange">{r('deviation')}</Tag> : null}
            </>
          ),
        },
        { title: r('concludedOn'), dataIndex: 'concludedOn', width: 110, render: dash },
        { title: r('reviewer'), dataIndex: 'reviewerName', width: 100, render: dash },
        { title: r('opinion'), dataIndex: 'opinion', render: (v: string | null) => pre(v) },
      ]}
    />
  );
}

/** The stretches not counted in the handling period (hearing, 公告, 检测检验检疫鉴定, 中止). */
function HandlingPauses({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (!c.handlingPauses?.length) return null;
  return (
    <div data-testid="handling-pauses">
      <strong>{t('enforcementCases.transition.pauses')}</strong>
      {c.handlingPauses.map((p) => (
        <Typography.Text key={`${p.ground}:${p.startedOn}`} style={{ display: 'block', fontSize: 12 }}>
          {pauseGroundLabel(p.ground, locale)}：{p.startedOn} —{' '}
          {p.endedOn ?? t('enforcementCases.transition.pauseOpen')}
          {p.note ? `（${p.note}）` : ''}
        </Typography.Text>
      ))}
    </div>
  );
}
