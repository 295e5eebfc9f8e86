import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DayKind } from '../../../../common/calendar/index.js';
import { useT } from '../../../common/i18n.js';

export interface DayRow {
  day?: Dayjs;
  kind?: DayKind;
  holiday?: string;
}

/** The year's exception days typed one by one (date, 放假 / 调休上班, holiday name). */
export function DayRows() {
  const t = useT();
  return (
    <Form.List name="rows">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item
                name={[field.name, 'day']}
                rules={[{ required: true, message: t('calendar.load.day') }]}
              >
                <DatePicker placeholder={t('calendar.load.day')} />
              </Form.Item>
              <Form.Item name={[field.name, 'kind']} initialValue="off">
                <Select
                  style={{ width: 120 }}
                  options={[
                    { value: 'off', label: t('calendar.detail.legendOff') },
                    { value: 'work', label: t('calendar.detail.legendWork') },
                  ]}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'holiday']}>
                <Input placeholder={t('calendar.load.holiday')} style={{ width: 160 }} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
            {t('calendar.load.addRow')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
