import { Alert, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { LawsuitDetail } from '../../../../common/contracts/litigation.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag } from '../../../common/procedure/index.js';
import { actKindLabel, judgmentLabel, secondResultLabel } from './labels.js';

type L = LawsuitDetail;
const Item = Descriptions.Item;

/** The case as filed: court, parties, the act challenged, the 复议 before it. */
export function CaseFacts({ l }: { l: L }) {
  const t = useT();
  const { locale } = useLocale();
  const d = (k: string) => t(`litigation.detail.${k}`);
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
      <Item label={d('court')}>{l.court}</Item>
      <Item label={d('defendants')}>{l.defendants.join('、')}</Item>
      <Item label={d('plaintiff')}>{l.plaintiff}</Item>
      <Item label={d('cause')}>{l.cause}</Item>
      <Item label={d('act')}>
        {l.actChallenged}（{actKindLabel(l.actKind, locale)}）
      </Item>
      <Item label={d('reconsideration')}>
        {l.afterReconsideration
          ? `${l.reconsiderationNumber ?? ''} ${l.reconsiderationResult ?? ''}`
          : d('direct')}
      </Item>
      <Item label={d('filedOn')}>{l.filedOn}</Item>
      <Item label={d('servedOn')}>{l.servedOn}</Item>
    </Descriptions>
  );
}

/** What the organ did and what the courts decided, stage by stage. */
export function ProcessFacts({ l }: { l: L }) {
  const t = useT();
  const { locale } = useLocale();
  const d = (k: string) => t(`litigation.detail.${k}`);
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
      <Item label={d('answeredOn')}>{l.answeredOn ?? '—'}</Item>
      {l.answerEvidence ? <Item label={d('evidence')}>{l.answerEvidence}</Item> : null}
      {l.answerBasis ? <Item label={d('basis')}>{l.answerBasis}</Item> : null}
      <Item label={d('judgment')}>
        {l.judgmentType ? `${judgmentLabel(l.judgmentType, locale)} · ${l.judgedOn}` : '—'}
        {l.judgmentSummary ? <div style={{ color: '#8c8c8c' }}>{l.judgmentSummary}</div> : null}
      </Item>
      {l.appealedOn ? (
        <Item label={d('appeal')}>
          {l.appealedOn} · {l.secondCaseNumber} · {l.secondCourt}
        </Item>
      ) : null}
      {l.secondResult ? (
        <Item label={d('second')}>
          {secondResultLabel(l.secondResult, locale)} · {l.secondJudgedOn}
        </Item>
      ) : null}
      <Item label={d('effective')}>
        {l.effectiveType ? `${judgmentLabel(l.effectiveType, locale)} · ${l.effectiveOn}` : '—'}
        {l.lost ? (
          <Tag color="red" style={{ marginLeft: 6 }}>
            {t('litigation.lost')}
          </Tag>
        ) : null}
      </Item>
      {l.correctiveTask ? (
        <Item label={d('task')}>
          <Link to={`/corrections/tasks/${l.correctiveTask.id}`} data-testid="corrective-task-link">
            {l.correctiveTask.number}
          </Link>
        </Item>
      ) : null}
      {l.closedOn ? (
        <Item label={d('closedOn')}>
          {l.closedOn}
          {l.performance ? ` · ${l.performance}` : ''}
        </Item>
      ) : null}
    </Descriptions>
  );
}

/** Each hearing with who appeared for the organ (行政诉讼法 第三条第三款). */
export function Hearings({ l }: { l: L }) {
  const t = useT();
  const d = (k: string, vars?: Record<string, string>) => t(`litigation.detail.${k}`, vars);
  if (l.hearings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('noHearings')} />;
  return (
    <Flex vertical gap={8} data-testid="hearings">
      {l.hearings.map((h) => (
        <div key={h.id}>
          <strong>{h.heldOn}</strong>{' '}
          {h.headAppeared ? (
            <Tag color="green">{d('headIn', { name: h.headName ?? '', position: h.headPosition ?? '' })}</Tag>
          ) : (
            <Tag>{d('headOut', { staff: h.staffName ?? '' })}</Tag>
          )}
          {h.proofOfPosition ? <Typography.Text type="secondary">{d('proof')}</Typography.Text> : null}
          {h.courtRequested && !h.headAppeared ? (
            <Alert type="error" showIcon style={{ marginTop: 4 }} title={d('absentAgainstRequest')} />
          ) : h.courtRequested ? (
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>{d('courtRequested')}</div>
          ) : null}
        </div>
      ))}
    </Flex>
  );
}

export function Clocks({ l }: { l: L }) {
  const t = useT();
  if (l.clocks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('litigation.detail.noClocks')} />;
  return (
    <Flex vertical gap={12}>
      {l.clocks.map((c) => (
        <div key={`${c.key}-${c.startedOn}`} data-testid={`clock-${c.key}`}>
          <Flex gap={8} align="center" wrap>
            <strong>{t(`litigation.clockNames.${c.key.split('.')[1]}`)}</strong>
            <ClockTag urgency={c.urgency} status={c.status} dueOn={c.dueOn} explanation={c.explanation} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.explanation}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
