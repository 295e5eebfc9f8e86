import { Col, Form, Input, Radio, Row, Select } from 'antd';
import {
  APPLICANT_TYPES,
  isOrganisationApplicant,
} from '../../../common/contracts/disclosure/dictionaries.js';
import { useLocale, useT } from '../i18n.js';
import { applicantTypeLabel, idTypeOptions } from './labels.js';
import './messages.js';

/** The phone, e-mail and postcode formats of the contract (条例 第二十九条第（一）项: 联系方式). */
const PHONE = /^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const RESIDENT_ID = /^\d{17}[\dXx]$/;

export const APPLICANT_FIELD_NAMES = [
  'applicantType',
  'applicantName',
  'applicantIdType',
  'applicantIdNumber',
  'applicantPhone',
  'applicantAddress',
  'applicantPostcode',
  'applicantEmail',
  'orgName',
  'orgCreditCode',
  'orgLegalRepresentative',
] as const;

/**
 * Who applies (条例 第二十九条第（一）项: 姓名或者名称、身份证明、联系方式), by table 三's applicant types:
 * a natural person gives an identity document; 法人或其他组织 give the organisation's name and credit code.
 * `emailForEmailDelivery`: the e-mail becomes required when 电子邮件 is chosen (the portal form's rule).
 */
export function ApplicantFields({ emailForEmailDelivery = false }: { emailForEmailDelivery?: boolean }) {
  const t = useT();
  // The portal form requires the address when 电子邮件 is the chosen delivery, as its server does.
  const delivery = Form.useWatch<string | undefined>('deliveryMethod');
  const emailRequired = emailForEmailDelivery && delivery === 'email';
  const { locale } = useLocale();
  const type = Form.useWatch<string | undefined>('applicantType');
  const idType = Form.useWatch<string | undefined>('applicantIdType');
  const isOrg = type ? isOrganisationApplicant(type) : false;
  const f = (name: string) => ({ name, label: t(`disclosure.fields.${name}`) });
  const req = (name: string) => ({
    required: true,
    whitespace: true,
    message: t(`disclosure.form.required.${name}`),
  });
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          {...f('applicantType')}
          rules={[req('applicantType')]}
          extra={t('disclosure.form.applicantTypeHint')}
        >
          <Radio.Group>
            <Radio value="natural_person">{applicantTypeLabel('natural_person', locale)}</Radio>
            {APPLICANT_TYPES.filter((a) => a.isOrganisation).map((a) => (
              <Radio key={a.code} value={a.code}>
                {applicantTypeLabel(a.code, locale)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      </Col>
      {isOrg ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item {...f('orgName')} rules={[req('orgName'), { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              {...f('orgCreditCode')}
              normalize={(v: string) => v?.toUpperCase()}
              rules={[
                req('orgCreditCode'),
                { pattern: CREDIT_CODE, message: t('disclosure.form.invalid.orgCreditCode') },
              ]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...f('orgLegalRepresentative')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item
          name="applicantName"
          label={t(isOrg ? 'disclosure.fields.contactName' : 'disclosure.fields.applicantName')}
          rules={[req('applicantName'), { max: 100 }]}
        >
          <Input maxLength={100} autoComplete="name" />
        </Form.Item>
      </Col>
      {!isOrg ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item {...f('applicantIdType')} rules={[req('applicantIdType')]}>
              <Select options={idTypeOptions(locale)} placeholder={t('disclosure.form.select')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              {...f('applicantIdNumber')}
              rules={[
                req('applicantIdNumber'),
                { max: 40 },
                ...(idType === 'resident_id'
                  ? [{ pattern: RESIDENT_ID, message: t('disclosure.form.invalid.residentId') }]
                  : []),
              ]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item
          {...f('applicantPhone')}
          // A contact is required, not a phone (条例 第二十九条): the server checks phone, address or e-mail.
          rules={[{ pattern: PHONE, message: t('disclosure.form.invalid.phone') }]}
        >
          <Input maxLength={30} autoComplete="tel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          {...f('applicantEmail')}
          dependencies={['deliveryMethod']}
          rules={[
            { type: 'email', message: t('disclosure.form.invalid.email') },
            { required: emailRequired, message: t('disclosure.form.required.emailForDelivery') },
          ]}
        >
          <Input maxLength={200} autoComplete="email" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item {...f('applicantAddress')} rules={[{ max: 300 }]}>
          <Input maxLength={300} autoComplete="street-address" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          {...f('applicantPostcode')}
          rules={[{ pattern: /^\d{6}$/, message: t('disclosure.form.invalid.postcode') }]}
        >
          <Input maxLength={6} autoComplete="postal-code" />
        </Form.Item>
      </Col>
    </Row>
  );
}
