import { Col, Form, Input, Row, Select } from 'antd';
import { useLocale, useT } from '../i18n.js';
import { deliveryOptions } from './labels.js';
import './messages.js';

export const CONTENT_FIELD_NAMES = [
  'informationDescription',
  'documentNumber',
  'purpose',
  'deliveryMethod',
] as const;

/** What is asked for and how it is to be delivered (条例 第二十九条第（二）项、第（三）项). */
export function ContentFields() {
  const t = useT();
  const { locale } = useLocale();
  const f = (name: string) => ({ name, label: t(`disclosure.fields.${name}`) });
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          {...f('informationDescription')}
          extra={t('disclosure.form.descriptionHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('disclosure.form.required.informationDescription'),
            },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('documentNumber')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          {...f('deliveryMethod')}
          rules={[{ required: true, message: t('disclosure.form.required.deliveryMethod') }]}
        >
          <Select options={deliveryOptions(locale)} placeholder={t('disclosure.form.select')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item {...f('purpose')} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
