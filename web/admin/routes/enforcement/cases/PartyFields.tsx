import { Col, Form, Input, Radio, Row } from 'antd';
import { PARTY_TYPES } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { partyTypeLabel } from './labels.js';
import './messages.js';

export const PARTY_FIELD_NAMES = [
  'partyType',
  'partyName',
  'partyIdNumber',
  'partyPhone',
  'partyAddress',
  'partyOperatorName',
] as const;

/** 当事人: type, name, ID number or credit code, phone, address (stored whole; presenters mask them). */
export function PartyFields() {
  const t = useT();
  const { locale } = useLocale();
  const partyType = Form.useWatch<string | undefined>('partyType');
  const f = (name: string) => ({ name, label: t(`enforcementCases.fields.${name}`) });
  const req = (name: string) => ({
    required: true,
    whitespace: true,
    message: t(`enforcementCases.form.required.${name}`),
  });
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item {...f('partyType')} rules={[req('partyType')]}>
          <Radio.Group>
            {PARTY_TYPES.map((p) => (
              <Radio key={p.code} value={p.code}>
                {partyTypeLabel(p.code, locale)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item {...f('partyName')} rules={[req('partyName'), { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      {partyType === 'individual_business' ? (
        <Col xs={24} md={12}>
          <Form.Item
            {...f('partyOperatorName')}
            rules={[{ max: 50 }]}
            extra={t('enforcementCases.form.operatorHint')}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item {...f('partyIdNumber')} rules={[{ max: 30 }]} normalize={(v: string) => v?.toUpperCase()}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('partyPhone')} rules={[{ max: 30 }]}>
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item {...f('partyAddress')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
    </Row>
  );
}
