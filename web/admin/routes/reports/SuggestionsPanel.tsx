import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { ReportDraftDetail } from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { reportsApi } from './api.js';

/**
 * The paragraphs the engine suggests for 二 (shortfalls) and 四 (next year's plans), decision 0037. Accepting
 * one adds it to the draft as a paragraph (figures stay live placeholders); dismissing hides it for this visit
 * (the suggestion is recomputed from the records, nothing is stored). One already in the draft is not offered.
 */
export function SuggestionsPanel({
  detail,
  busy,
  onAccept,
}: {
  detail: ReportDraftDetail;
  busy: boolean;
  onAccept: (p: { section: number; lead?: string; text: string }) => void;
}) {
  const t = useT();
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const unit = detail.isDistrict ? undefined : detail.unit.code;
  const suggestions = useQuery({
    queryKey: ['reports', 'suggestions', detail.report, detail.year, unit],
    queryFn: () => reportsApi.suggestions(detail.report, detail.year, unit),
  });
  const inDraft = new Set(detail.paragraphs.map((p) => p.text));
  const open = (suggestions.data?.suggestions ?? []).filter(
    (s) => !dismissed.has(s.paragraph.id) && !inDraft.has(s.paragraph.text),
  );
  return (
    <Card
      size="small"
      title={t('reports.suggestions.title')}
      className="report-suggestions"
      style={{ marginTop: 16 }}
    >
      <ErrorAlert error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      <Typography.Paragraph type="secondary">{t('reports.suggestions.hint')}</Typography.Paragraph>
      {suggestions.isSuccess && open.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.suggestions.none')} />
      ) : null}
      <Flex vertical gap={12}>
        {open.map((s) => (
          <div key={s.paragraph.id} data-suggestion={s.paragraph.id}>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {s.paragraph.lead ? <strong>{s.paragraph.lead}</strong> : null}
              <span className="suggestion-text">{s.rendered.text}</span>
            </Typography.Paragraph>
            <Flex gap={8}>
              <Button
                size="small"
                type="primary"
                loading={busy}
                onClick={() =>
                  onAccept({ section: s.paragraph.section, lead: s.paragraph.lead, text: s.paragraph.text })
                }
              >
                {t('reports.suggestions.accept')}
              </Button>
              <Button size="small" onClick={() => setDismissed(new Set([...dismissed, s.paragraph.id]))}>
                {t('reports.suggestions.dismiss')}
              </Button>
            </Flex>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
