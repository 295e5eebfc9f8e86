import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { portalEnforcementApi } from './api.js';
import { fieldsOf } from './decision-fields.js';
import { kindLabel } from './labels.js';
import './messages.js';

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
