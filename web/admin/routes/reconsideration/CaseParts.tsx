import { Descriptions, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../common/contracts/reconsideration.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag, StepInput, StepTimeline } from '../../../common/procedure/index.js';
import {
  actTypeLabel,
  adviceKindLabel,
  applicantTypeLabel,
  channelLabel,
  clockLabel,
  outcomeLabel,
  procedureKindLabel,
  simplifiedGroundLabel,
  suspensionGroundLabel,
} from '../../../common/reconsideration/labels.js';

type Row = [string, ReactNode] | null;

/** A two-column list of the rows that have a value. */
function Facts({ rows }: { rows: Row[] }) {
  const t = useT();
  return (
    <Descriptions
      column={{ xs: 1, lg: 2 }}
      bordered
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' } }}
    >
      {rows
        .filter(
          (r): r is [string, ReactNode] => r !== null && r[1] !== null && r[1] !== '' && r[1] !== undefined,
        )
        .map(([name, value]) => (
          <Descriptions.Item key={name} label={t(`reconsideration.fields.${name}`)}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}

/** The application as filed: applicant (masked by the server as the viewer's role requires), the act, the request. */
export function ApplicationFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Facts
      rows={[
        ['trackingCode', c.trackingCode],
        ['channel', channelLabel(c.channel, locale)],
        ['applicantName', `${c.applicantName}（${applicantTypeLabel(c.applicantType, locale)}）`],
        ['applicantIdNumber', c.applicantIdNumber],
        ['applicantPhone', c.applicantPhone],
        ['applicantAddress', c.applicantAddress],
        ['respondent', c.respondent.name],
        ['actType', actTypeLabel(c.actType, locale)],
        ['actDescription', c.actDescription],
        ['actDocumentNumber', c.actDocumentNumber],
        ['actOn', c.actOn],
        [
          'actKnownOn',
          c.actKnownOn ? (
            <>
              {c.actKnownOn}
              {c.applicationLastDayOn ? (
                <Typography.Text
                  type={c.lateApplication ? 'danger' : 'secondary'}
                  style={{ marginInlineStart: 8 }}
                >
                  {t('reconsideration.detail.lastDay')} {c.applicationLastDayOn}
                </Typography.Text>
              ) : null}
            </>
          ) : null,
        ],
        ['actAmountYuan', c.actAmountYuan === null ? null : `${c.actAmountYuan.toLocaleString()} 元`],
        ['requestText', c.requestText],
        ['reasons', c.reasons],
        ['oralRecord', c.oralRecord],
      ]}
    />
  );
}

/** What the review did so far: acceptance, 补正, answer, hearing, committee, suspension, decision, advice. */
export function ReviewFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const yes = (v: boolean | null) => (v === null ? null : t(`reconsideration.detail.${v ? 'yes' : 'no'}`));
  return (
    <Facts
      rows={[
        ['correctionItems', c.correctionItems],
        ['correctionDeadlineOn', c.correctionDeadlineOn],
        [
          'acceptedOn',
          c.acceptedOn
            ? `${c.acceptedOn}${c.acceptanceDeemed ? t('reconsideration.detail.deemed') : ''}`
            : null,
        ],
        ['procedureKind', c.procedureKind ? procedureKindLabel(c.procedureKind, locale) : null],
        ['simplifiedGround', c.simplifiedGround ? simplifiedGroundLabel(c.simplifiedGround, locale) : null],
        ['rejectionReason', c.rejectionReason],
        ['competentOrgan', c.competentOrgan],
        ['copySentOn', c.copySentOn],
        ['answerReceivedOn', c.answerReceivedOn],
        ['answerEvidence', c.answerEvidence],
        c.noAnswer ? ['noAnswer', t('reconsideration.detail.yes')] : null,
        ['hearingOn', c.hearingOn],
        ['hearingHeadAttended', yes(c.hearingHeadAttended)],
        ['hearingAttendee', c.hearingAttendee],
        ['committeeOpinion', c.committeeOpinion],
        ['normativeDocument', c.normativeDocument],
        ['suspensionGround', c.suspensionGround ? suspensionGroundLabel(c.suspensionGround, locale) : null],
        ['extendedOn', c.extendedOn],
        ['outcome', c.outcome ? outcomeLabel(c.outcome, locale) : null],
        ['decisionNumber', c.decisionNumber],
        [
          'decisionSummary',
          c.decisionSummary
            ? `${c.decisionSummary}${c.redoWithinDays ? ` ${t('reconsideration.detail.redo', { days: c.redoWithinDays })}` : ''}`
            : null,
        ],
        ['decidedOnTime', yes(c.decidedOnTime)],
        [
          'correctiveTask',
          c.correctiveTask ? (
            <Link key="task" to={`/corrections/tasks/${c.correctiveTask.id}`} data-testid="corrective-task">
              {c.correctiveTask.number}
            </Link>
          ) : null,
        ],
        ['adviceKind', c.adviceKind ? adviceKindLabel(c.adviceKind, locale) : null],
        ['adviceAddressee', c.adviceAddressee],
        ['adviceIssuedOn', c.adviceIssuedOn],
        ['adviceReportedOn', c.adviceReportedOn],
      ]}
    />
  );
}

const CLOCK_ORDER = (status: string) => ({ running: 0, paused: 1 })[status] ?? 2;

/** Every clock of the case with the sentence that explains its due date and the article it counts by. */
export function CaseClocks({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (c.clocks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reconsideration.detail.noClocks')} />;
  return (
    <Flex vertical gap={12}>
      {[...c.clocks]
        .sort((a, b) => CLOCK_ORDER(a.status) - CLOCK_ORDER(b.status))
        .map((k, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: clocks carry no id, and a restarted one repeats key and day
          <div key={i} data-testid={`clock-${k.key}`}>
            <Flex gap={8} align="center" wrap>
              <strong>{clockLabel(k.key, locale)}</strong>
              <ClockTag urgency={k.urgency} status={k.status} dueOn={k.dueOn} explanation={k.explanation} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {k.explanation}
            </Typography.Text>
          </div>
        ))}
    </Flex>
  );
}

const INPUT_KEYS = [
  'items',
  'procedureKind',
  'reason',
  'evidence',
  'opinion',
  'document',
  'outcome',
  'summary',
  'report',
  'content',
];

/** The procedural history, oldest first, with what was entered at each step. */
export function CaseHistory({ c }: { c: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const shown = (k: string, v: string) =>
    k === 'outcome' ? outcomeLabel(v, locale) : k === 'procedureKind' ? procedureKindLabel(v, locale) : v;
  return (
    <StepTimeline
      leading={{
        label: t(
          c.channel === 'online'
            ? 'reconsideration.detail.submittedStep'
            : 'reconsideration.detail.registeredStep',
        ),
        details: (
          <div style={{ color: '#595959' }}>
            {t('reconsideration.detail.received', { date: c.receivedOn })}
          </div>
        ),
      }}
      steps={c.history}
      details={(h) => (
        <StepInput
          input={h.input}
          keys={INPUT_KEYS}
          fieldLabel={(k) => t(`reconsideration.transition.fields.${k}`)}
          value={shown}
        />
      )}
    />
  );
}
