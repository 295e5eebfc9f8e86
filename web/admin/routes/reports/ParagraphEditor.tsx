import { Alert, Button, Flex, Form, Input, Modal, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportFigure } from '../../../../common/contracts/reports/annual.js';
import type { DraftParagraphInput, DraftParagraphOut } from '../../../../common/contracts/reports/drafts.js';
import { ApiError } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { figureName } from '../../../common/reports/figure-segments.js';
import { joinParts, type Part, splitPlaceholders, withOverrides } from './placeholders.js';

/** The parts of a stored paragraph, with replacements already recorded turned back into replaced figures. */
function partsOf(p: DraftParagraphOut): Part[] {
  return withOverrides(splitPlaceholders(p.text), p.overrides ?? []);
}

/** The figure a server error names (422 FIGURE_REMOVED_WITHOUT_REASON lists it in `fields` or the message). */
function refusedFigures(error: unknown, parts: Part[]): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  const ids = parts.flatMap((p) => (p.kind === 'figure' ? [p.id] : []));
  const said = `${error.message} ${error.fields.map((f) => `${f.path} ${f.message}`).join(' ')}`;
  return new Set(ids.filter((id) => said.includes(id)));
}

/**
 * Edits one paragraph: prose runs are text boxes, each figure a token that can only be kept or replaced by
 * typed text with a reason; the server's refusal (a figure dropped without a reason) shows on that figure.
 */
export function ParagraphEditor({
  paragraph,
  figures,
  busy,
  error,
  onSave,
  onCancel,
}: {
  paragraph: DraftParagraphOut | null;
  figures: ReportFigure[];
  busy: boolean;
  error: unknown;
  onSave: (body: DraftParagraphInput) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [parts, setParts] = useState<Part[]>([]);
  const [lead, setLead] = useState('');
  useEffect(() => {
    setParts(paragraph ? partsOf(paragraph) : []);
    setLead(paragraph?.lead ?? '');
  }, [paragraph]);
  const byId = new Map(figures.map((f) => [figureName(f), f]));
  const refused = refusedFigures(error, parts);
  const update = (i: number, next: Part) => setParts(parts.map((p, j) => (j === i ? next : p)));
  const save = () => {
    if (!paragraph) return;
    const { text, overrides } = joinParts(parts);
    onSave({
      section: paragraph.section,
      area: paragraph.area ?? null,
      order: paragraph.order,
      lead: lead.trim() || null,
      text,
      overrides: overrides.length ? overrides : undefined,
    });
  };
  return (
    <Modal
      open={paragraph !== null}
      title={t('reports.edit.title')}
      okText={t('reports.edit.save')}
      cancelText={t('reports.edit.cancel')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onCancel}
      width={820}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form layout="vertical">
        <Form.Item label={t('reports.edit.lead')}>
          <Input value={lead} onChange={(e) => setLead(e.target.value)} maxLength={200} />
        </Form.Item>
        <Form.Item label={t('reports.edit.text')} extra={t('reports.edit.hint')}>
          <Flex vertical gap={6} className="paragraph-parts">
            {parts.map((p, i) =>
              p.kind === 'text' ? (
                <Input.TextArea
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional within the paragraph
                  key={i}
                  autoSize
                  value={p.text}
                  aria-label={t('reports.edit.text')}
                  onChange={(e) => update(i, { ...p, text: e.target.value })}
                />
              ) : (
                <FigureToken
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional within the paragraph
                  key={i}
                  part={p}
                  figure={byId.get(p.id)}
                  refused={refused.has(p.id) ? (error as ApiError).message : null}
                  onChange={(next) => update(i, next)}
                />
              ),
            )}
          </Flex>
        </Form.Item>
      </Form>
    </Modal>
  );
}

type FigurePart = Extract<Part, { kind: 'figure' }>;

/** A figure as a chip; "replace by text" opens the replacement and its (required) reason. */
function FigureToken({
  part,
  figure,
  refused,
  onChange,
}: {
  part: FigurePart;
  figure: ReportFigure | undefined;
  refused: string | null;
  onChange: (p: FigurePart) => void;
}) {
  const t = useT();
  const replaced = part.replacement !== undefined;
  return (
    <div data-figure-token={part.id}>
      <Flex gap={8} align="center" wrap>
        <Tag
          color={replaced ? 'default' : 'orange'}
          style={{ textDecoration: replaced ? 'line-through' : undefined }}
        >
          {figure ? figure.value : part.id} · <code>{part.id}</code>
        </Tag>
        {replaced ? (
          <Button size="small" onClick={() => onChange({ kind: 'figure', token: part.token, id: part.id })}>
            {t('reports.edit.restore')}
          </Button>
        ) : (
          <Button
            size="small"
            onClick={() => onChange({ ...part, replacement: String(figure?.value ?? ''), reason: '' })}
          >
            {t('reports.edit.replace')}
          </Button>
        )}
      </Flex>
      {replaced ? (
        <Flex gap={8} style={{ marginTop: 6 }} wrap>
          <Input
            style={{ width: 180 }}
            aria-label={t('reports.edit.replacement')}
            placeholder={t('reports.edit.replacement')}
            value={part.replacement}
            onChange={(e) => onChange({ ...part, replacement: e.target.value })}
          />
          <Form.Item
            style={{ flex: 1, marginBottom: 0 }}
            validateStatus={refused ? 'error' : undefined}
            help={refused ?? t('reports.edit.reasonHint')}
          >
            <Input
              aria-label={t('reports.edit.reason')}
              placeholder={t('reports.edit.reason')}
              value={part.reason}
              onChange={(e) => onChange({ ...part, reason: e.target.value })}
            />
          </Form.Item>
        </Flex>
      ) : null}
      {refused && !replaced ? <Alert type="error" showIcon title={refused} /> : null}
    </div>
  );
}
