import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { PublicDecision } from '../../../../common/contracts/enforcement/publication.js';
import { ApiError } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { type Locale, useLocale, useT } from '../../../common/i18n.js';
import { portalEnforcementApi } from './api.js';
import { formatYuan, kindLabel } from './labels.js';
import './messages.js';

type Field = { key: string; value: ReactNode; wide?: boolean };

/** What the public sees of a decision: 执法机关、执法对象、执法类别、执法结论 (国办发〔2018〕118号). */
function fieldsOf(d: PublicDecision, locale: Locale): Field[] {
  const text = (v: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v || '—'}</span>;
  const fields: Field[] = [
    { key: 'decisionNumber', value: d.decisionNumber ?? '—' },
    { key: 'body', value: d.orgUnitName },
    { key: 'kind', value: kindLabel(d.kind, locale) },
    { key: 'outcome', value: d.outcomeLabel ?? '—' },
    { key: 'party', value: d.partyName },
    { key: 'partyType', value: d.partyTypeLabel },
  ];
  // Organisations only: the server sends no identifier or facts for natural persons.
  if (d.partyCreditCode) fields.push({ key: 'creditCode', value: d.partyCreditCode, wide: true });
  fields.push({ key: 'cause', value: text(d.cause), wide: true });
  if (d.facts) fields.push({ key: 'facts', value: text(d.facts), wide: true });
  fields.push({ key: 'decisionText', value: text(d.decisionText), wide: true });
  if (d.fineAmount !== null) fields.push({ key: 'fine', value: formatYuan(d.fineAmount, locale) });
  if (d.confiscationAmount !== null)
    fields.push({ key: 'confiscation', value: formatYuan(d.confiscationAmount, locale) });
  fields.push(
    { key: 'decidedOn', value: d.decidedOn ?? '—' },
    { key: 'publishedOn', value: d.publishedOn ?? '—' },
  );
  return fields;
}

/** One published decision; a withdrawn or unknown one is a plain "not found". */
export default function DecisionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const decision = useQuery({
    queryKey: ['portal', 'enforcement', 'decision', id],
    queryFn: () => portalEnforcementApi.decision(id),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const back = (
    <Link to="/enforcement">
      <Button>{t('portalEnforcement.decision.back')}</Button>
    </Link>
  );
  if (decision.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (decision.error) {
    const gone = decision.error instanceof ApiError && [400, 404].includes(decision.error.status);
    if (gone) return <Result status="404" title={t('portalEnforcement.decision.notFound')} extra={back} />;
    return <ErrorAlert error={decision.error} onRetry={() => void decision.refetch()} />;
  }
  const d = decision.data;
  return (
    <>
      <Typography.Title level={4}>
        {d.orgUnitName} · {d.decisionNumber ?? kindLabel(d.kind, locale)}
      </Typography.Title>
      <Card size="small" extra={back}>
        <Descriptions column={2} bordered size="small">
          {fieldsOf(d, locale).map((f) => (
            <Descriptions.Item
              key={f.key}
              label={t(`portalEnforcement.decision.fields.${f.key}`)}
              span={f.wide ? 2 : 1}
            >
              {f.value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
    </>
  );
}
