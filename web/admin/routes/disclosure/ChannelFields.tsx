import { Alert, Col, DatePicker, Form, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { labelled, remark } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { channelOptions, mailKindOptions } from '../../../common/disclosure/labels.js';
import { type ChannelFacts, legalReceiptDate, receiptField, useReplyDue } from './receipt.js';
import '../../../common/disclosure/messages.js';

export const CHANNEL_FIELD_NAMES = ['channel', 'mailKind', 'arrivedOn', 'signedOn', 'confirmedOn'] as const;

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** Which dates the channel needs (条例 第三十一条): the arrival, and the signing or the confirmation. */
function dateFieldsFor(channel?: string, mailKind?: string): ('arrivedOn' | 'signedOn' | 'confirmedOn')[] {
  if (channel === 'in_person') return ['arrivedOn'];
  if (channel === 'letter')
    return mailKind === 'registered' ? ['arrivedOn', 'signedOn'] : ['arrivedOn', 'confirmedOn'];
  if (channel) return ['arrivedOn', 'confirmedOn'];
  return [];
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function useFacts(): ChannelFacts {
  const channel = Form.useWatch<string | undefined>('channel');
  const mailKind = Form.useWatch<string | undefined>('mailKind');
  const arrivedOn = Form.useWatch<Dayjs | null | undefined>('arrivedOn');
  const signedOn = Form.useWatch<Dayjs | null | undefined>('signedOn');
  const confirmedOn = Form.useWatch<Dayjs | null | undefined>('confirmedOn');
  return {
    channel,
    mailKind,
    arrivedOn: iso(arrivedOn),
    signedOn: iso(signedOn),
    confirmedOn: iso(confirmedOn),
  };
}

/** The legal receipt date and the reply due date, as they follow from what was entered. */
function ReceiptPreview({ facts }: { facts: ChannelFacts }) {
  const t = useT();
  const { locale } = useLocale();
  const receivedOn = legalReceiptDate(facts);
  const due = useReplyDue(receivedOn);
  const field = receiptField(facts);
  if (!receivedOn || !field)
    return (
      <Alert type="info" showIcon title={t('disclosure.form.receiptPending')} style={{ marginBottom: 16 }} />
    );
  return (
    <Alert
      type={due?.provisional ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <span data-testid="receipt-preview">
          {labelled(t('disclosure.form.receivedOn'), '', locale)}
          <Typography.Text strong>{receivedOn}</Typography.Text>
          {'　'}
          {labelled(t('disclosure.form.replyDue'), '', locale)}
          <Typography.Text strong>{due?.dueOn ?? '…'}</Typography.Text>
          {remark(due?.provisional ? t('disclosure.form.provisional') : null, locale)}
        </span>
      }
      description={
        <>
          <div>
            {t(
              `disclosure.form.receiptRule.${facts.channel === 'letter' ? `letter_${facts.mailKind}` : facts.channel}`,
            )}
          </div>
          {due ? <div style={{ whiteSpace: 'pre-line' }}>{due.explanation}</div> : null}
        </>
      }
    />
  );
}

/** The channel and the dates the receipt rule needs; the legal receipt date is shown, never typed. */
export function ChannelFields() {
  const t = useT();
  const { locale } = useLocale();
  const form = Form.useFormInstance();
  const facts = useFacts();
  const dates = dateFieldsFor(facts.channel ?? undefined, facts.mailKind ?? undefined);
  const arrived = Form.useWatch<Dayjs | undefined>('arrivedOn');
  const sameDay = facts.channel === 'letter' && facts.mailKind === 'ordinary';
  // A newly shown signing or confirmation date starts at the arrival date (most often the same day).
  const shown = dates.join();
  useEffect(() => {
    for (const name of shown.split(',')) {
      if (name && name !== 'arrivedOn' && !form.getFieldValue(name) && arrived)
        form.setFieldValue(name, arrived);
    }
  }, [shown, arrived, form]);
  const dateLabel = (name: string) =>
    t(
      `disclosure.form.dateLabel.${name === 'arrivedOn' && facts.channel === 'in_person' ? 'submittedOn' : name}`,
    );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item
            name="channel"
            label={t('disclosure.fields.channel')}
            rules={[{ required: true, message: t('disclosure.form.required.channel') }]}
          >
            <Radio.Group optionType="button" options={channelOptions(locale)} />
          </Form.Item>
        </Col>
        {facts.channel === 'letter' ? (
          <Col xs={24} md={14}>
            <Form.Item
              name="mailKind"
              label={t('disclosure.fields.mailKind')}
              rules={[{ required: true, message: t('disclosure.form.required.mailKind') }]}
            >
              <Select
                options={mailKindOptions(locale)}
                placeholder={t('disclosure.form.select')}
                style={{ maxWidth: 320 }}
              />
            </Form.Item>
          </Col>
        ) : null}
        {dates.map((name) => (
          <Col xs={24} md={8} key={name}>
            <Form.Item
              name={name}
              label={dateLabel(name)}
              dependencies={name === 'arrivedOn' ? [] : ['arrivedOn']}
              rules={[
                { required: true, message: t('disclosure.form.required.date', { field: dateLabel(name) }) },
                ...(name !== 'arrivedOn'
                  ? [
                      {
                        validator: async (_: unknown, v?: Dayjs) => {
                          const a = form.getFieldValue('arrivedOn') as Dayjs | undefined;
                          if (!v || !a) return;
                          // Basis: 条例 第三十一条第（二）项 — ordinary mail is confirmed on the day it arrives.
                          if (sameDay && !v.isSame(a, 'day'))
                            throw new Error(t('disclosure.form.invalid.sameDay'));
                          if (v.isBefore(a, 'day'))
                            throw new Error(t('disclosure.form.invalid.beforeArrival'));
                        },
                      },
                    ]
                  : []),
              ]}
            >
              <DatePicker
                disabledDate={notFuture}
                style={{ width: '100%' }}
                onChange={(d) => {
                  if (name === 'arrivedOn' && sameDay && d) form.setFieldValue('confirmedOn', d);
                }}
                defaultPickerValue={arrived}
              />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <ReceiptPreview facts={facts} />
    </>
  );
}
