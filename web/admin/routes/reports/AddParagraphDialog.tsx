import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import type { DraftParagraphInput, ReportDraftDetail } from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';

/**
 * The areas of part 一 of the 法治政府建设年度报告, in the template's order. They mirror the template's
 * `areas` (data/reports/rule-of-law-annual.yaml): the web may not read the server's data files.
 */
export const RULE_OF_LAW_AREAS = [
  'coordination',
  'decisions',
  'grassroots',
  'key_work',
  'enforcement',
  'supervision',
  'disputes',
] as const;

export interface NewParagraph {
  section: number;
  area?: string;
  lead?: string;
  text: string;
}

/** The body of `POST …/paragraphs`: a prose paragraph appended to its section (and area). */
export function paragraphBody(v: NewParagraph): DraftParagraphInput {
  return {
    section: v.section,
    area: v.area ?? null,
    lead: v.lead?.trim() || null,
    text: v.text.trim(),
  };
}

/**
 * Adds a prose paragraph: the coordinator to any part; a department officer to the district's report, where
 * it is recorded as the department's contribution (部门供稿). Figures are added by regeneration, not typed.
 */
export function AddParagraphDialog({
  detail,
  open,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  detail: ReportDraftDetail;
  open: boolean;
  initial?: Partial<NewParagraph>;
  busy: boolean;
  error: unknown;
  onSubmit: (body: DraftParagraphInput) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const section = Form.useWatch('section', form);
  const contributing = !detail.canEdit;
  const hasAreas = detail.report === 'rule_of_law_annual' && section === 1;
  useEffect(() => {
    const fields = fieldErrorsFor(error, ['section', 'area', 'lead', 'text']);
    if (fields.length) form.setFields(fields);
  }, [error, form]);
  useEffect(() => {
    if (open) form.setFieldsValue({ section: 1, area: undefined, lead: undefined, text: '', ...initial });
  }, [open, initial, form]);
  const title = contributing ? t('reports.edit.contribute') : t('reports.edit.add');
  return (
    <Modal
      open={open}
      title={title}
      okText={title}
      cancelText={t('reports.edit.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      // A refused validation is shown on its fields; the rejection is not an error of the page.
      onOk={() => form.validateFields().then((v: NewParagraph) => onSubmit(paragraphBody(v)), noop)}
      width={720}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" className="add-paragraph-form">
        <Form.Item name="section" label={t('reports.edit.section')} rules={[{ required: true }]}>
          <Select
            options={detail.document.sections
              .filter((s) => !s.table)
              .map((s) => ({ value: s.no, label: s.heading }))}
          />
        </Form.Item>
        {hasAreas ? (
          <Form.Item
            name="area"
            preserve={false}
            label={t('reports.edit.area')}
            rules={[{ required: true, message: t('reports.form.required') }]}
          >
            <Select options={RULE_OF_LAW_AREAS.map((a) => ({ value: a, label: t(`reports.areas.${a}`) }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="lead" label={t('reports.edit.lead')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('reports.edit.text')}
          rules={[{ required: true, whitespace: true, message: t('reports.form.required') }]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const noop = () => undefined;
