import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { CASE_KINDS } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { casesApi, type OrgUnitOption } from './api.js';
import { CaseNumberField } from './CaseNumberField.js';
import { officerValidOn } from './form-values.js';
import { kindOptions, majorReasonOptions } from './labels.js';
import './messages.js';

export const CASE_FIELD_NAMES = [
  'orgUnitId',
  'kind',
  'powerItemId',
  'benchmarkId',
  'caseNumber',
  'cause',
  'source',
  'openedOn',
  'discoveredOn',
  'openingExtended',
  'violationOn',
  'concernsLifeHealthOrFinance',
] as const;
export const HANDLING_FIELD_NAMES = [
  'handlerOfficerIds',
  'facts',
  'isMajor',
  'majorReasons',
  'collectiveRequired',
] as const;

const categoryOf = (kind?: string) => CASE_KINDS.find((k) => k.code === kind)?.powerCategory;

/** The case itself: body, kind, the power exercised (from the body's power list), benchmark, number, cause. */
export function CaseFields({ bodies }: { bodies: OrgUnitOption[] }) {
  const t = useT();
  const { locale } = useLocale();
  const form = Form.useFormInstance();
  const orgUnitId = Form.useWatch<string | undefined>('orgUnitId');
  const kind = Form.useWatch<string | undefined>('kind');
  const category = categoryOf(kind);
  const powers = useQuery({
    queryKey: ['enforcement', 'powers', orgUnitId, category],
    queryFn: () => casesApi.powers(orgUnitId ?? '', category ?? ''),
    enabled: !!orgUnitId && !!category,
  });
  const powerItemId = Form.useWatch<string | undefined>('powerItemId');
  const benchmarks = useQuery({
    queryKey: ['enforcement', 'benchmarks', orgUnitId],
    queryFn: () => casesApi.benchmarks(orgUnitId ?? ''),
    enabled: !!orgUnitId && kind === 'penalty',
  });
  const f = (name: string) => ({ name, label: t(`enforcementCases.fields.${name}`) });
  const req = (name: string) => ({
    required: true,
    whitespace: true,
    message: t(`enforcementCases.form.required.${name}`),
  });
  const noPowers = powers.isSuccess && powers.data.length === 0;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item {...f('orgUnitId')} rules={[req('orgUnitId')]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('enforcementCases.form.select')}
            options={bodies.map((b) => ({ value: b.id, label: b.name }))}
            onChange={() =>
              form.setFieldsValue({ powerItemId: undefined, benchmarkId: undefined, handlerOfficerIds: [] })
            }
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...f('kind')} rules={[req('kind')]}>
          <Select
            options={kindOptions(locale)}
            placeholder={t('enforcementCases.form.select')}
            onChange={() => form.setFieldsValue({ powerItemId: undefined, benchmarkId: undefined })}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          {...f('powerItemId')}
          rules={[req('powerItemId')]}
          help={noPowers ? t('enforcementCases.form.noPowers') : undefined}
          validateStatus={noPowers ? 'warning' : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={powers.isFetching}
            disabled={!orgUnitId || !category}
            placeholder={
              orgUnitId && category
                ? t('enforcementCases.form.select')
                : t('enforcementCases.form.selectBodyFirst')
            }
            options={(powers.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} ${p.name}${p.subItemName ? `（${p.subItemName}）` : ''}`,
            }))}
          />
        </Form.Item>
      </Col>
      {kind === 'penalty' ? (
        <Col xs={24}>
          <Form.Item {...f('benchmarkId')} extra={t('enforcementCases.form.benchmarkHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={benchmarks.isFetching}
              placeholder={t('enforcementCases.form.select')}
              options={(benchmarks.data ?? [])
                .filter((b) => b.isActive && (!b.powerItem || !powerItemId || b.powerItem.id === powerItemId))
                .map((b) => ({ value: b.id, label: `${b.code} ${b.violation}` }))}
            />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={8}>
        <CaseNumberField label={f('caseNumber').label} rule={req('caseNumber')} />
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          {...f('openedOn')}
          rules={[
            // Not req(): `whitespace` makes the rule a string rule, and a dayjs value then fails its type check.
            { required: true, message: t('enforcementCases.form.required.openedOn') },
            {
              validator: async (_: unknown, v?: Dayjs) => {
                if (v?.isAfter(dayjs(), 'day')) throw new Error(t('enforcementCases.form.invalid.future'));
              },
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('discoveredOn')} extra={t('enforcementCases.form.discoveredHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('openingExtended')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('violationOn')} extra={t('enforcementCases.form.violationHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('concernsLifeHealthOrFinance')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('source')} rules={[{ max: 100 }]}>
          <Input maxLength={100} placeholder={t('enforcementCases.form.sourcePlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item {...f('cause')} rules={[req('cause'), { max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Who handles the case (≥ 2 officers with valid certificates), the facts, and whether it is major. */
export function HandlingFields() {
  const t = useT();
  const { locale } = useLocale();
  const orgUnitId = Form.useWatch<string | undefined>('orgUnitId');
  const openedOn = Form.useWatch<Dayjs | undefined>('openedOn');
  const isMajor = Form.useWatch<boolean | undefined>('isMajor');
  const officers = useQuery({
    queryKey: ['enforcement', 'officers', orgUnitId],
    queryFn: () => casesApi.officers(orgUnitId ?? ''),
    enabled: !!orgUnitId,
  });
  const day = openedOn ? openedOn.format('YYYY-MM-DD') : null;
  const f = (name: string) => ({ name, label: t(`enforcementCases.fields.${name}`) });
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          {...f('handlerOfficerIds')}
          // The rule is a validator (two or more); `required` marks the field as the other required ones.
          required
          extra={t('enforcementCases.form.officersHint')}
          rules={[
            {
              validator: async (_: unknown, v?: string[]) => {
                if (!v || v.length < 2)
                  throw new Error(t('enforcementCases.form.required.handlerOfficerIds'));
              },
            },
          ]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isFetching}
            disabled={!orgUnitId}
            placeholder={
              orgUnitId ? t('enforcementCases.form.select') : t('enforcementCases.form.selectBodyFirst')
            }
            notFoundContent={officers.isSuccess ? t('enforcementCases.form.noOfficers') : undefined}
            options={(officers.data ?? []).map((o) => {
              const valid = officerValidOn(o, day);
              const cert = o.certificateNumber ? `（${o.certificateNumber}）` : '';
              const expired = valid
                ? ''
                : ` · ${t('enforcementCases.form.officerExpired', { date: o.certificateValidUntil ?? '—' })}`;
              return { value: o.id, label: `${o.name}${cert}${expired}`, disabled: !valid };
            })}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item {...f('facts')} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('isMajor')} valuePropName="checked" extra={t('enforcementCases.form.majorHint')}>
          <Switch />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          {...f('collectiveRequired')}
          valuePropName="checked"
          extra={t('enforcementCases.form.collectiveHint')}
        >
          <Switch />
        </Form.Item>
      </Col>
      {isMajor ? (
        <Col xs={24}>
          <Form.Item
            {...f('majorReasons')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('enforcementCases.form.required.majorReasons'),
              },
            ]}
          >
            <Checkbox.Group options={majorReasonOptions(locale)} />
          </Form.Item>
        </Col>
      ) : null}
      {isMajor ? (
        <Col xs={24}>
          <Alert
            type="info"
            showIcon
            title={t('enforcementCases.form.majorHint')}
            style={{ marginBottom: 16 }}
          />
        </Col>
      ) : null}
    </Row>
  );
}
