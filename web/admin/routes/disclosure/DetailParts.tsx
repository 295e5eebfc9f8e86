import { Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { REQUEST_CLOCKS } from '../../../../common/contracts/disclosure/dictionaries.js';
import type { RequestDetail } from '../../../../common/contracts/disclosure/requests.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag, StepInput, StepTimeline } from '../../../common/procedure/index.js';
import {
  applicantTypeLabel,
  channelLabel,
  deliveryLabel,
  idTypeLabel,
  mailKindLabel,
  notHeldKindLabel,
  feeMethodLabel,
  opinionLabel,
  outcomeBasis,
  outcomeLabel,
  withheldGroundLabel,
} from '../../../common/disclosure/labels.js';
import '../../../common/disclosure/messages.js';

const dash = (v: string | null | undefined) => v || '—';

/** The request as filed: receipt facts, applicant (ID number masked by the server), the information asked for. */
export function RequestFacts({ r }: { r: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`disclosure.fields.${name}`);
  const isOrg = r.applicantType !== 'natural_person';
  return (
    <Descriptions
      column={{ xs: 1, lg: 2 }}
      bordered
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' }, content: { minWidth: 110 } }}
    >
      <Descriptions.Item label={f('orgUnitId')}>{r.orgUnit.name}</Descriptions.Item>
      <Descriptions.Item label={f('channel')}>
        {channelLabel(r.channel, locale)}
        {r.mailKind ? `（${mailKindLabel(r.mailKind, locale)}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={f('arrivedOn')}>{r.arrivedOn}</Descriptions.Item>
      <Descriptions.Item label={r.signedOn ? f('signedOn') : f('confirmedOn')}>
        {dash(r.signedOn ?? r.confirmedOn)}
      </Descriptions.Item>
      <Descriptions.Item label={f('receivedOn')} span={2}>
        <Typography.Text strong>{r.receivedOn}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={f('applicantType')}>
        {applicantTypeLabel(r.applicantType, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={isOrg ? f('contactName') : f('applicantName')}>
        {r.applicantName}
      </Descriptions.Item>
      {isOrg ? (
        <>
          <Descriptions.Item label={f('orgName')}>{dash(r.orgName)}</Descriptions.Item>
          <Descriptions.Item label={f('orgCreditCode')}>{dash(r.orgCreditCode)}</Descriptions.Item>
        </>
      ) : (
        <Descriptions.Item label={f('applicantIdNumber')} span={2}>
          {r.applicantIdType ? `${idTypeLabel(r.applicantIdType, locale)} ` : ''}
          <span data-testid="masked-id">{dash(r.applicantIdNumber)}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={f('applicantPhone')}>{r.applicantPhone}</Descriptions.Item>
      <Descriptions.Item label={f('applicantEmail')}>{dash(r.applicantEmail)}</Descriptions.Item>
      <Descriptions.Item label={f('applicantAddress')} span={2}>
        {dash(r.applicantAddress)}
        {r.applicantPostcode ? `（${r.applicantPostcode}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={f('informationDescription')} span={2}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{r.informationDescription}</span>
      </Descriptions.Item>
      <Descriptions.Item label={f('documentNumber')}>{dash(r.documentNumber)}</Descriptions.Item>
      <Descriptions.Item label={f('deliveryMethod')}>
        {r.deliveryMethod ? deliveryLabel(r.deliveryMethod, locale) : t('disclosure.detail.deliveryUnknown')}
      </Descriptions.Item>
      <Descriptions.Item label={f('purpose')} span={2}>
        {dash(r.purpose)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** What happened on the way: 补正, 第三方, 延期, 收费, and the outcome with its legal basis. */
export function ProcessFacts({ r }: { r: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const items: { key: string; label: string; children: React.ReactNode }[] = [];
  const c = r.correction;
  if (c.requestedOn)
    items.push({
      key: 'correction',
      label: t('disclosure.detail.correction'),
      children: (
        <>
          <div>
            {t('disclosure.detail.correctionRequested', { on: c.requestedOn, deadline: c.deadlineOn ?? '—' })}
          </div>
          {c.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{c.note}</div> : null}
          {c.receivedOn ? <div>{t('disclosure.detail.correctionReceived', { on: c.receivedOn })}</div> : null}
        </>
      ),
    });
  if (r.thirdParty.name)
    items.push({
      key: 'thirdParty',
      label: t('disclosure.detail.thirdParty'),
      children: t('disclosure.detail.thirdPartyText', {
        name: r.thirdParty.name,
        on: r.thirdParty.consultedOn ?? '—',
        received: r.thirdParty.receivedOn ?? '—',
        answer: r.thirdParty.answeredOn
          ? `${r.thirdParty.answeredOn} ${r.thirdParty.opinion ? opinionLabel(r.thirdParty.opinion, locale) : ''}`
          : t('disclosure.detail.waiting'),
      }),
    });
  if (r.otherOrgan.name)
    items.push({
      key: 'otherOrgan',
      label: t('disclosure.detail.otherOrgan'),
      children: t('disclosure.detail.otherOrganText', {
        name: r.otherOrgan.name,
        on: r.otherOrgan.consultedOn ?? '—',
        answer: r.otherOrgan.answeredOn
          ? `${r.otherOrgan.answeredOn} ${r.otherOrgan.opinion ?? ''}`
          : t('disclosure.detail.waiting'),
      }),
    });
  if (r.extension.approvedOn)
    items.push({
      key: 'extension',
      label: t('disclosure.detail.extension'),
      children: t('disclosure.detail.extensionText', {
        on: r.extension.approvedOn,
        reason: r.extension.reason ?? '',
        notified: r.extension.notifiedOn ?? '—',
      }),
    });
  if (r.fee.noticeOn)
    items.push({
      key: 'fee',
      label: t('disclosure.detail.fee'),
      children: t('disclosure.detail.feeText', {
        method: r.fee.method ? feeMethodLabel(r.fee.method, locale) : '',
        amount: r.fee.amount ?? '—',
        on: r.fee.noticeOn,
        received: r.fee.noticeReceivedOn ?? '—',
        paid: r.fee.paidOn ?? t('disclosure.detail.unpaid'),
      }),
    });
  if (r.outcome)
    items.push({
      key: 'outcome',
      label: t('disclosure.fields.outcome'),
      children: (
        <>
          <Tag color="green">{outcomeLabel(r.outcome, locale)}</Tag>{' '}
          {t('disclosure.detail.concludedOn', { on: r.concludedOn ?? '—' })}
          {r.replyDocumentNumber ? (
            <div>{t('disclosure.detail.replyNumber', { number: r.replyDocumentNumber })}</div>
          ) : null}
          <div style={{ color: '#8c8c8c' }}>
            {t('disclosure.transition.basis', { basis: outcomeBasis(r.outcome) ?? '' })}
          </div>
          <ReplyGrounds r={r} />
          {r.replyText ? <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{r.replyText}</div> : null}
        </>
      ),
    });
  if (items.length === 0)
    return <Empty description={t('disclosure.detail.noProcess')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <Descriptions column={1} bordered size="small" items={items} styles={{ label: { width: 110 } }} />;
}

/** What the reply states beyond its outcome: each withheld part's ground, the 第三十六条 item, the competent organ. */
function ReplyGrounds({ r }: { r: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const n = r.notHeld;
  const lines = [
    ...r.withheldParts.map((p) =>
      t('disclosure.detail.withheld', { part: p.part, ground: withheldGroundLabel(p.ground, locale) }),
    ),
    ...(n.kind ? [notHeldKindLabel(n.kind, locale)] : []),
    ...(n.competentOrgan
      ? [
          t('disclosure.detail.competentOrgan', {
            organ: n.competentOrgan,
            contact: n.competentOrganContact ?? '—',
          }),
        ]
      : []),
    ...(n.competentOrganUnknownReason
      ? [t('disclosure.detail.competentUnknown', { reason: n.competentOrganUnknownReason })]
      : []),
  ];
  return (
    <>
      {lines.map((line) => (
        <div key={line} data-testid="reply-ground" style={{ marginTop: 4 }}>
          {line}
        </div>
      ))}
    </>
  );
}

const CLOCK_EN: Record<string, string> = {
  'disclosure.reply': 'Reply',
  'disclosure.correction_notice': 'Correction notice',
  'disclosure.third_party': 'Third-party answer',
  'disclosure.fee_payment': 'Fee payment',
  'disclosure.reply_2008': 'Reply (2008 Regulation)',
  'disclosure.organ_consultation': 'Other organ’s opinion',
};

/** The clock's kind (答复期限, 补正告知期限 …) rather than its title, which repeats the request's code. */
function clockLabel(key: string, fallback: string, locale: string): string {
  if (locale === 'en-US' && CLOCK_EN[key]) return CLOCK_EN[key];
  return REQUEST_CLOCKS.find((c) => c.key === key)?.label ?? fallback;
}

/** Running clocks first, then paused, then the stopped ones (a 补正 stops the first reply clock). */
const CLOCK_ORDER = (status: string) => ({ running: 0, paused: 1 })[status] ?? 2;

/** Every clock of the request with the sentence that explains its due date. */
export function Clocks({ r }: { r: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (r.clocks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('disclosure.detail.noClocks')} />;
  return (
    <Flex vertical gap={12}>
      {[...r.clocks]
        .sort((a, b) => CLOCK_ORDER(a.status) - CLOCK_ORDER(b.status))
        .map((c) => (
          <div key={c.key} data-testid={`clock-${c.key}`}>
            <Flex gap={8} align="center" wrap>
              <strong>{clockLabel(c.key, c.label, locale)}</strong>
              <ClockTag
                urgency={c.urgency}
                status={c.status}
                dueOn={c.dueOn}
                explanation={c.explanation}
                provisional={c.explanation.includes('暂定')}
                note={c.extensionsUsed > 0 ? t('disclosure.clock.extended') : null}
              />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-line' }}>
              {c.explanation}
            </Typography.Text>
          </div>
        ))}
    </Flex>
  );
}

const INPUT_KEYS = [
  'note',
  'reason',
  'thirdPartyName',
  'deadlineOn',
  'amount',
  'notifiedOn',
  'opinion',
  'outcome',
];

/** The procedural history (steps), newest last, with what was entered at each step. */
export function History({ r }: { r: RequestDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const shown = (k: string, v: string) =>
    k === 'outcome' ? outcomeLabel(v, locale) : k === 'opinion' ? opinionLabel(v, locale) : v;
  return (
    <StepTimeline
      leading={{
        label: t(
          r.channel === 'online' ? 'disclosure.detail.submittedStep' : 'disclosure.detail.registeredStep',
        ),
        at: r.createdAt,
        details: (
          <div style={{ color: '#595959' }}>
            {t('disclosure.detail.receivedStep', { date: r.receivedOn })}
          </div>
        ),
      }}
      steps={r.history}
      details={(h) => (
        <StepInput
          input={h.input}
          keys={INPUT_KEYS}
          fieldLabel={(k) => t(`disclosure.transition.fields.${k}`)}
          value={shown}
        />
      )}
    />
  );
}
