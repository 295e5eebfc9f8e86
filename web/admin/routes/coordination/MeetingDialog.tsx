import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api } from '../../../common/api.js';
import { showFieldErrors } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import { coordinationApi } from './api.js';

interface Unit {
  id: string;
  name: string;
}
const FIELDS = [
  'kind',
  'number',
  'title',
  'heldOn',
  'agenda',
  'attendees',
  'absent',
  'minutes',
  'decisions',
  'referredTaskIds',
];
const names = (text?: string) =>
  (text ?? '')
    .split(/[、，,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const iso = (d?: Dayjs) => d?.format('YYYY-MM-DD');

/** 登记会议: agenda, attendance, minutes; each decision a task for its unit; the referred 督办 items it heard. */
export function MeetingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const c = (k: string) => t(`coordination.committee.${k}`);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const units = useQuery({
    queryKey: ['coordination', 'units'],
    queryFn: async () => {
      const lists = await Promise.all(
        ['district', 'department', 'street'].map((type) =>
          api.get<{ units: Unit[] }>('/org/units', { type }),
        ),
      );
      return lists.flatMap((l) => l.units);
    },
    enabled: open,
  });
  const referred = useQuery({
    queryKey: ['coordination', 'referred'],
    queryFn: coordinationApi.referred,
    enabled: open,
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => coordinationApi.createMeeting(v),
    onSuccess: (m) => {
      message.success(c('saved'));
      void queryClient.invalidateQueries({ queryKey: ['coordination'] });
      onClose();
      navigate(`/coordination/meetings/${m.id}`);
    },
    onError: (e) => {
      if (!showFieldErrors(form, e, FIELDS)) message.error(e instanceof Error ? e.message : String(e));
    },
  });
  const submit = (v: Record<string, unknown>) =>
    save.mutate({
      kind: v.kind,
      number: v.number,
      title: v.title,
      heldOn: iso(v.heldOn as Dayjs),
      agenda: v.agenda,
      attendees: names(v.attendees as string),
      absent: names(v.absent as string),
      minutes: v.minutes,
      decisions: ((v.decisions as { text: string; unitId: string; dueOn: Dayjs }[] | undefined) ?? []).map(
        (d) => ({
          text: d.text,
          unitId: d.unitId,
          dueOn: iso(d.dueOn),
        }),
      ),
      referredTaskIds: (v.referredTaskIds as string[] | undefined) ?? [],
    });
  const req = [{ required: true, message: t('coordination.transition.required') }];
  return (
    <Modal
      open={open}
      title={c('newMeeting')}
      width={820}
      okText={c('newMeeting')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'committee', heldOn: dayjs() }}
      >
        <Space wrap align="start">
          <Form.Item name="kind" label={c('kind')} rules={req}>
            <Select
              style={{ width: 180 }}
              options={['committee', 'office'].map((k) => ({
                value: k,
                label: t(`coordination.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="number" label={c('number')} rules={req}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="heldOn" label={c('heldOn')} rules={req}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={c('meetingTitle')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="agenda" label={c('agenda')} rules={req}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space wrap style={{ display: 'flex' }} align="start">
          <Form.Item name="attendees" label={c('attendeeNames')} rules={req} style={{ width: 380 }}>
            <Input placeholder="刘志强、孙建国" />
          </Form.Item>
          <Form.Item name="absent" label={c('absent')} style={{ width: 360 }}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="minutes" label={c('minutes')} rules={req}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item label={c('decisions')}>
          <Form.List name="decisions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'text']} rules={req}>
                      <Input
                        style={{ width: 330 }}
                        placeholder={c('decisionText')}
                        aria-label={c('decisionText')}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unitId']} rules={req}>
                      <Select
                        showSearch
                        optionFilterProp="label"
                        style={{ width: 220 }}
                        placeholder={c('decisionUnit')}
                        aria-label={c('decisionUnit')}
                        loading={units.isPending}
                        options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']} rules={req}>
                      <DatePicker placeholder={c('decisionDue')} aria-label={c('decisionDue')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {c('addDecision')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="referredTaskIds" label={c('referred')} extra={c('referredHint')}>
          {referred.data?.items.length ? (
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={referred.data.items.map((x) => ({
                value: x.id,
                label: `${x.code} ${x.title}（${x.unit.name}）`,
              }))}
            />
          ) : (
            <Typography.Text type="secondary">{c('noReferred')}</Typography.Text>
          )}
        </Form.Item>
        {save.error && !showFieldErrors(form, save.error, FIELDS) ? (
          <Alert
            type="error"
            showIcon
            title={save.error instanceof Error ? save.error.message : String(save.error)}
          />
        ) : null}
      </Form>
    </Modal>
  );
}
