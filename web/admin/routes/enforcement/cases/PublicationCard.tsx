import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../../../common/i18n.js';
import type { CaseDetail } from './api.js';
import { PUBLICATION_COLOR, publicationLabel } from './labels.js';
import './messages.js';

export type PublicationStep = 'publish' | 'change' | 'withdraw';

/** Which publication steps fit the case now: publish a pending one, record a change, then withdraw it. */
export function publicationSteps(c: CaseDetail): PublicationStep[] {
  const steps: PublicationStep[] = [];
  if (c.publicationState === 'pending') steps.push('publish');
  if (c.decidedOn && !c.changedOn) steps.push('change');
  if (c.changedOn && c.publicationState === 'published') steps.push('withdraw');
  return steps;
}

interface Props {
  c: CaseDetail;
  canPublish: boolean;
  onStep: (step: PublicationStep) => void;
}

/** 执法决定公示 (国办发〔2018〕118号): the state, its deadlines, and publish / change / withdraw. */
export function PublicationCard({ c, canPublish, onStep }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => t(`enforcementCases.fields.${name}`);
  if (!c.publicationState)
    return <Typography.Text type="secondary">{t('enforcementCases.publication.none')}</Typography.Text>;
  const rows = [
    ['publicationDueOn', c.publicationDueOn],
    ['publishedOn', c.publishedOn],
    ['changedOn', c.changedOn],
    ['changeReason', c.changeReason],
    ['withdrawalDueOn', c.withdrawalDueOn],
    ['withdrawnOn', c.withdrawnOn],
  ].filter(([, v]) => !!v);
  const steps = canPublish ? publicationSteps(c) : [];
  return (
    <Flex vertical gap={12}>
      <div>
        <Tag color={PUBLICATION_COLOR[c.publicationState]}>
          {publicationLabel(c.publicationState, locale)}
        </Tag>
      </div>
      {rows.length ? (
        <Descriptions
          column={1}
          size="small"
          items={rows.map(([k, v]) => ({ key: k as string, label: f(k as string), children: v }))}
        />
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('enforcementCases.publication.portalHint')}
      </Typography.Text>
      {steps.length ? (
        <Flex gap={8} wrap>
          {steps.map((s) => (
            <Button
              key={s}
              type={s === 'publish' ? 'primary' : 'default'}
              danger={s === 'withdraw'}
              onClick={() => onStep(s)}
            >
              {t(`enforcementCases.publication.${s}`)}
            </Button>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
