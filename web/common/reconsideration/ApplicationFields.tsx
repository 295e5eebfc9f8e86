import { useQuery } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import type { PortalRespondents } from '../../../common/contracts/reconsideration.js';
import { api } from '../api.js';
import { useLocale, useT } from '../i18n.js';
import { actTypeOptions, applicantTypeOptions } from './labels.js';
import './messages.js';

/** The fields of an application (行政复议法 第二十二条) the portal and the staff intake share. */
export const APPLICATION_FIELD_NAMES = [
  'applicantType',
  'applicantName',
  'applicantIdNumber',
  'applicantPhone',
  'applicantAddress',
  'respondentUnitId',
  'actType',
  'actDescription',
  'actDocumentNumber',
  'actOn',
  'actKnownOn',
  'actAmountYuan',
  'actOnTheSpot',
  'disclosureTrackingCode',
  'requestText',
  'reasons',
];

export const APPLICATION_DEFAULTS = {
  applicantType: 'natural_person',
  actType: 'penalty',
  actOnTheSpot: false,
};

/** The organs one may apply against (the public list the portal offers). */
const respondents = async () =>
  (await api.get<PortalRespondents>('/portal/reconsideration/respondents')).respondents;

/** Applicant, respondent, act and request, in one grid; the caller wraps them in its Form. */
export function ApplicationFields() {
  const t = useT();
  const { locale } = useLocale();
  const units = useQuery({ queryKey: ['reconsideration', 'respondents'], queryFn: respondents });
  const required = [{ required: true, message: t('reconsideration.transition.required') }];
  const item = (name: string, control: ReactNode, extra: object = {}, span = 12) => (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={t(`reconsideration.fields.${name}`)} {...extra}>
        {control}
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      {item('applicantType', <Select options={applicantTypeOptions(locale)} />, { rules: required }, 8)}
      {item('applicantName', <Input maxLength={100} />, { rules: required }, 8)}
      {item('applicantPhone', <Input maxLength={30} />, { rules: required }, 8)}
      {item('applicantIdNumber', <Input maxLength={30} />)}
      {item('applicantAddress', <Input maxLength={200} />)}
      {item(
        'respondentUnitId',
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.isPending}
          placeholder={t('reconsideration.transition.select')}
          options={(units.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        />,
        { rules: required },
      )}
      {item('actType', <Select options={actTypeOptions(locale)} />, { rules: required })}
      {item('actDescription', <Input.TextArea rows={2} maxLength={500} />, { rules: required }, 24)}
      {item('actDocumentNumber', <Input maxLength={100} />, {}, 8)}
      {item('actOn', <DatePicker style={{ width: '100%' }} />, {}, 8)}
      {item('actKnownOn', <DatePicker style={{ width: '100%' }} />, { rules: required }, 8)}
      {item(
        'actAmountYuan',
        <InputNumber min={0} precision={2} suffix="元" style={{ width: '100%' }} />,
        {},
        8,
      )}
      {item('actOnTheSpot', <Switch />, { valuePropName: 'checked' }, 8)}
      {item('disclosureTrackingCode', <Input maxLength={20} placeholder="XXXX-XXXX-XXXX" />, {}, 8)}
      {item('requestText', <Input.TextArea rows={3} maxLength={2000} showCount />, { rules: required }, 24)}
      {item('reasons', <Input.TextArea rows={4} maxLength={5000} showCount />, {}, 24)}
    </Row>
  );
}
