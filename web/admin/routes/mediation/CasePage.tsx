import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Grid,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api, ApiError } from '../../../common/api.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag, StepTimeline } from '../../../common/procedure/index.js';
import { MEDIATION_CATEGORIES } from '../../../../common/contracts/mediation.js';
import { mediationApi } from './api.js';
import './messages.js';

type FormValues = {
  on: dayjs.Dayjs;
  mediators?: string;
  atRisk?: boolean;
  peopleInvolved?: number;
  agreementForm?: 'written' | 'oral';
  agreementTerms?: string;
  responsibility?: string;
  performanceManner?: string;
  performanceDueOn?: dayjs.Dayjs;
  note?: string;
};

/** The form of a step as the kernel's transition route reads it (`on` first; each step its fields). */
function bodyOf(step: string, v: FormValues): Record<string, unknown> {
  const on = v.on.format('YYYY-MM-DD');
  if (step === 'start')
    return {
      on,
      ...(v.mediators
        ? {
            mediators: v.mediators
              .split(/[、,，]/)
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
      ...(v.atRisk !== undefined ? { atRisk: v.atRisk } : {}),
      ...(v.peopleInvolved ? { peopleInvolved: v.peopleInvolved } : {}),
    };
  if (step === 'agree')
    return {
      on,
      agreementForm: v.agreementForm,
      agreementTerms: v.agreementTerms || null,
      responsibility: v.responsibility || null,
      performanceManner: v.performanceManner || null,
      performanceDueOn: v.performanceDueOn ? v.performanceDueOn.format('YYYY-MM-DD') : null,
    };
  return { on, note: v.note || null };
}

/** One mediation case: what it holds, the judicial confirmation clock, the agreement, and its next step. */
export default function CasePage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [step, setStep] = useState<string | undefined>();
  const wide = Grid.useBreakpoint().md ?? false;
  const detail = useQuery({ queryKey: ['mediation', 'case', id], queryFn: () => mediationApi.case(id) });
  const c = detail.data;
  // The steps the case's state allows: a gate reads the form (the day, the mediators), so a gate-blocked step
  // stays choosable — the server decides on what is entered, and the reason shows under the form.
  const open = (c?.actions ?? []).filter((a) => a.allowed || a.reason?.kind === 'gate');
  // After a step the list changes: keep the choice only while it is still open.
  useEffect(() => {
    if (c && !open.some((a) => a.key === step)) setStep((open.find((a) => a.allowed) ?? open[0])?.key);
  }, [c, open, step]);
  const take = useMutation({
    mutationFn: (v: FormValues) => mediationApi.transition(id, step!, bodyOf(step!, v), c!.version),
    onSuccess: (out) => {
      const label = c?.actions.find((a) => a.key === step)?.label ?? '';
      client.setQueryData(['mediation', 'case', id], out);
      void client.invalidateQueries({ queryKey: ['mediation', 'cases'] });
      message.success(label);
      form.resetFields(['note', 'mediators']);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(
          e.fields.map((f) => ({ name: f.path.replace(/^body\./, '') as never, errors: [f.message] })),
        );
      else message.error(e.message);
    },
  });
  if (!c) return <Card loading />;
  const category = MEDIATION_CATEGORIES[c.category as keyof typeof MEDIATION_CATEGORIES];
  const clock = c.clocks.find((k) => k.key === 'mediation.judicial_confirmation');
  const blocked = open.filter((a) => !a.allowed && a.key === step);
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        size="small"
        title={`${t('mediation.case.title')} ${c.number}`}
        extra={
          <Tag color="blue" data-testid="case-state">
            {t(`mediation.enums.state.${c.state}`)}
          </Tag>
        }
      >
        {c.warnings.length ? (
          <Alert
            type="warning"
            showIcon
            data-testid="case-warnings"
            message={`${t('mediation.case.warnings')}：${c.warnings
              .map((w) => t(`mediation.enums.warning.${w}`))
              .join('；')}`}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          bordered={wide}
          layout={wide ? 'horizontal' : 'vertical'}
        >
          <Descriptions.Item label={t('mediation.cases.unit')}>{c.unit}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.category')}>
            {category ? (locale === 'en-US' ? category.en : category.zh) : c.category}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.source')}>
            {t(`mediation.enums.source.${c.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.parties')}>{c.parties}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.summary')} span={2}>
            {c.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.mediators')}>
            {dash(c.mediators.join('、'))}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.cases.result')}>
            {c.result ? t(`mediation.enums.result.${c.result}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.agreementForm')}>
            {c.agreementForm ? t(`mediation.enums.agreementForm.${c.agreementForm}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.effectiveOn')}>
            {dash(c.agreementEffectiveOn)}
          </Descriptions.Item>
          {c.agreementTerms ? (
            <Descriptions.Item label={t('mediation.case.agreementTerms')} span={2}>
              {c.agreementTerms}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('mediation.case.confirmationDueOn')}>
            <Space wrap>
              <span data-testid="confirmation-due">{dash(c.confirmationDueOn)}</span>
              {clock ? (
                <span data-testid="confirmation-clock">
                  <ClockTag
                    urgency={clock.urgency}
                    status={clock.status}
                    dueOn={clock.dueOn}
                    explanation={clock.explanation}
                  />
                </span>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.appliedOn')}>
            {dash(c.confirmationAppliedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.confirmedOn')}>{dash(c.confirmedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.case.revisitedOn')}>{dash(c.revisitedOn)}</Descriptions.Item>
          {c.courtTransfer ? (
            <Descriptions.Item label={t('mediation.case.court')} span={2}>
              {`${t(`mediation.enums.direction.${c.courtTransfer}`)} ${dash(c.courtTransferOn)} ${dash(
                c.courtName,
              )}；${c.courtResult ?? t('mediation.court.pending')} ${c.courtResultOn ?? ''}`}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {c.agreementForm === 'written' && c.agreementEffectiveOn ? (
          <Button
            style={{ marginTop: 12 }}
            block={!wide}
            data-testid="agreement-docx"
            onClick={() =>
              void api
                .download(`/mediation/cases/${c.id}/agreement.docx`)
                .catch((e: Error) => message.error(e.message))
            }
          >
            {t('mediation.case.agreement')}
          </Button>
        ) : null}
      </Card>
      <Card size="small">
        {open.length ? (
          <>
            <Form layout="vertical">
              <Form.Item label={t('mediation.case.step')}>
                <Select
                  data-testid="steps"
                  value={step}
                  onChange={setStep}
                  options={open.map((a) => ({ value: a.key, label: a.label }))}
                />
              </Form.Item>
            </Form>
            <Form form={form} layout="vertical" onFinish={take.mutate} initialValues={{ on: dayjs() }}>
              <Form.Item name="on" label={t('mediation.case.on')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              {step === 'start' ? (
                <>
                  <Form.Item name="mediators" label={t('mediation.case.mediators')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="peopleInvolved" label={t('mediation.case.peopleInvolved')}>
                    <InputNumber min={1} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="atRisk" valuePropName="checked">
                    <Checkbox>{t('mediation.case.atRisk')}</Checkbox>
                  </Form.Item>
                </>
              ) : null}
              {step === 'agree' ? (
                <>
                  <Form.Item name="agreementForm" label={t('mediation.case.agreementForm')}>
                    <Radio.Group>
                      <Radio value="written">{t('mediation.case.written')}</Radio>
                      <Radio value="oral">{t('mediation.case.oral')}</Radio>
                    </Radio.Group>
                  </Form.Item>
                  <Form.Item name="responsibility" label={t('mediation.case.responsibility')}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item name="agreementTerms" label={t('mediation.case.agreementTerms')}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item name="performanceManner" label={t('mediation.case.performanceManner')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="performanceDueOn" label={t('mediation.case.performanceDueOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </>
              ) : null}
              {step !== 'start' && step !== 'agree' ? (
                <Form.Item name="note" label={t('mediation.log.summary')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
              ) : null}
              <Button type="primary" htmlType="submit" block loading={take.isPending} data-testid="take-step">
                {open.find((a) => a.key === step)?.label}
              </Button>
            </Form>
          </>
        ) : (
          <Typography.Text type="secondary">{t('mediation.case.noSteps')}</Typography.Text>
        )}
        {blocked.map((a) => (
          <Typography.Paragraph key={a.key} type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {a.label}：{a.reason?.message}
          </Typography.Paragraph>
        ))}
      </Card>
      {c.history.length ? (
        <Card size="small" title={t('mediation.case.history')}>
          <StepTimeline steps={c.history} />
        </Card>
      ) : null}
    </Space>
  );
}
