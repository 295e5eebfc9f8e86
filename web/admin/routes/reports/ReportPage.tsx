import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportFigure } from '../../../../common/contracts/reports/annual.js';
import type {
  DraftParagraphInput,
  DraftParagraphOut,
  ReportDraftDetail,
  ReportTransition,
} from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { figureName } from '../../../common/reports/figure-segments.js';
import { ReportDocument } from '../../../common/reports/ReportDocument.js';
import { SuggestionsPanel } from './SuggestionsPanel.js';
import { AddParagraphDialog } from './AddParagraphDialog.js';
import { reportsApi } from './api.js';
import { ChecksPanel } from './ChecksPanel.js';
import { DownloadButtons } from './DownloadButtons.js';
import { FigureDrawer, FigureLink } from './FigureLink.js';
import { ParagraphEditor } from './ParagraphEditor.js';
import { WorkflowBar } from './WorkflowBar.js';
import { WorkflowDialog } from './WorkflowDialog.js';
import './messages.js';

/** All figures of the report by `key[:cell]` (for the checks panel's links). */
function figuresOf(d: ReportDraftDetail): Map<string, ReportFigure> {
  return new Map(
    d.document.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => p.figures.map((f) => [figureName(f), f] as const)),
    ),
  );
}

/** The report as it will print, with live figures, the checks beside it, the workflow above, editing in place. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const detail = useQuery({ queryKey: ['reports', 'draft', id], queryFn: () => reportsApi.get(id) });
  const [opened, setOpened] = useState<ReportFigure | null>(null);
  const [editing, setEditing] = useState<DraftParagraphOut | null>(null);
  const [step, setStep] = useState<ReportTransition | null>(null);
  const [adding, setAdding] = useState(false);
  const refresh = (d: ReportDraftDetail) => client.setQueryData(['reports', 'draft', id], d);
  const edit = useMutation({
    mutationFn: (body: DraftParagraphInput) =>
      reportsApi.editParagraph(id, editing!.id, body, detail.data!.version),
    onSuccess: (d) => {
      refresh(d);
      setEditing(null);
      void message.success(t('reports.edit.saved'));
    },
  });
  const add = useMutation({
    mutationFn: (body: DraftParagraphInput) => reportsApi.addParagraph(id, body, detail.data!.version),
    onSuccess: (d) => {
      refresh(d);
      setAdding(false);
      void message.success(t('reports.edit.saved'));
      void client.invalidateQueries({ queryKey: ['reports', 'drafts'] });
    },
  });
  const transition = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      reportsApi.transition(id, step!, body, detail.data!.version),
    onSuccess: (d) => {
      refresh(d);
      void message.success(t('reports.actions.done', { action: t(`reports.actions.${step}`) }));
      setStep(null);
      void client.invalidateQueries({ queryKey: ['reports', 'drafts'] });
    },
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const figures = figuresOf(d);
  const raw = new Map(d.paragraphs.map((p) => [p.id, p]));
  const docFigures = (pid: string) =>
    d.document.sections.flatMap((s) => s.paragraphs).find((p) => p.id === pid)?.figures ?? [];
  return (
    <>
      <PageHeader
        title={d.title}
        subTitle={`${d.unit.name} · ${t(`reports.kinds.${d.report}`)} · ${d.year}`}
        extra={
          <>
            <DownloadButtons report={d.report} year={d.year} unit={d.isDistrict ? undefined : d.unit.code} />
            <Link to={`/reports?year=${d.year}`}>
              <Button>{t('reports.page.back')}</Button>
            </Link>
          </>
        }
      />
      <WorkflowBar
        detail={d}
        pendingKey={transition.isPending ? step : null}
        onAction={(k) => setStep(k as ReportTransition)}
      />
      <SealNotice detail={d} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card>
            {d.canEdit ? (
              <Alert type="info" showIcon title={t('reports.edit.hint')} style={{ marginBottom: 12 }} />
            ) : null}
            {d.canContribute ? (
              <Button className="add-paragraph" style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
                {d.canEdit ? t('reports.edit.add') : t('reports.edit.contribute')}
              </Button>
            ) : null}
            <ReportDocument
              report={d.document}
              renderers={{
                figure: (f, printed) => <FigureLink figure={f} printed={printed} onOpen={setOpened} />,
                cell: (c) =>
                  c.figure && c.href ? (
                    <Typography.Link
                      onClick={() =>
                        setOpened({
                          ...c.figure!,
                          previous: null,
                          from: `${d.year}-01-01`,
                          to: `${d.year}-12-31`,
                          href: c.href!,
                        })
                      }
                    >
                      {c.text}
                    </Typography.Link>
                  ) : (
                    c.text
                  ),
                paragraph: (p, body) => {
                  const stored = p.id ? raw.get(p.id) : undefined;
                  const tag = p.contributedBy ? (
                    <Tag>
                      {t('reports.page.contribution')} · {p.contributedBy}
                    </Tag>
                  ) : null;
                  if (!d.canEdit || !stored)
                    return (
                      <div className="report-paragraph">
                        {body}
                        {tag}
                      </div>
                    );
                  return (
                    // A paragraph holds figure links, which a <button> may not contain: the click edits, and the
                    // keyboard reaches the same editor through the paragraph's own edit button.
                    // biome-ignore lint/a11y/noStaticElementInteractions: see above
                    <div
                      className="report-paragraph editable"
                      onClick={() => setEditing(stored)}
                      style={{ cursor: 'text' }}
                    >
                      {body}
                      {tag}
                      <Button
                        size="small"
                        type="link"
                        className="edit-paragraph"
                        onClick={() => setEditing(stored)}
                      >
                        {t('reports.edit.title')}
                      </Button>
                    </div>
                  );
                },
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <ChecksPanel
            checks={d.document.checks}
            onFigure={(k) => {
              const f = figures.get(k);
              if (f) setOpened(f);
            }}
          />
          {d.canEdit ? (
            <SuggestionsPanel
              detail={d}
              busy={add.isPending}
              onAccept={(p) => add.mutate({ ...p, lead: p.lead ?? null, area: null })}
            />
          ) : null}
        </Col>
      </Row>
      <AddParagraphDialog
        detail={d}
        open={adding}
        busy={add.isPending}
        error={adding ? add.error : null}
        onSubmit={(body) => add.mutate(body)}
        onCancel={() => {
          setAdding(false);
          add.reset();
        }}
      />
      <FigureDrawer figure={opened} onClose={() => setOpened(null)} />
      <ParagraphEditor
        paragraph={editing}
        figures={editing ? docFigures(editing.id) : []}
        busy={edit.isPending}
        error={edit.error}
        onSave={(body) => edit.mutate(body)}
        onCancel={() => {
          setEditing(null);
          edit.reset();
        }}
      />
      <WorkflowDialog
        action={step}
        label={step ? (d.actions.find((a) => a.key === step)?.label ?? t(`reports.actions.${step}`)) : ''}
        warnings={d.document.checks.filter((c) => c.level === 'warning')}
        busy={transition.isPending}
        error={transition.error}
        onSubmit={(body) => transition.mutate(body)}
        onCancel={() => {
          setStep(null);
          transition.reset();
        }}
      />
    </>
  );
}

/** The seal of a frozen report and the differences a recomputation finds (never applied, only shown). */
function SealNotice({ detail }: { detail: ReportDraftDetail }) {
  const t = useT();
  if (!detail.seal) return null;
  return (
    <>
      {detail.seal.verified ? null : (
        <Alert type="error" showIcon title={t('reports.page.tampered')} style={{ marginBottom: 12 }} />
      )}
      {detail.differenceCount > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('reports.page.differences', { count: detail.differenceCount })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        {t('reports.page.frozen', { hash: detail.seal.hash.slice(0, 16) })}
      </Typography.Paragraph>
    </>
  );
}
