import { FileWordOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TaskDetail } from '../../../../common/contracts/coordination.js';
import { api } from '../../../common/api.js';
import {
  ActionButtons,
  ErrorAlert,
  PageHeader,
  type ProcedureAction,
} from '../../../common/components/index.js';
import { toBody } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import {
  type FieldSpec,
  StepInput,
  StepTimeline,
  TransitionDialog,
} from '../../../common/procedure/index.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { coordinationApi } from './api.js';
import { ESCALATION_COLOR, STATE_COLOR } from './labels.js';
import './messages.js';

const NS = 'coordination.transition';
const REPORT: FieldSpec[] = [
  { name: 'text', kind: 'textarea', required: true, rows: 5, maxLength: 5000 },
  { name: 'reportedOn', kind: 'date', required: true },
];
const FORMS: Record<string, FieldSpec[]> = {
  progress: REPORT,
  submit: REPORT,
  accept: [{ name: 'note', kind: 'textarea' }],
  return: [{ name: 'reason', kind: 'textarea', required: true }],
  remind: [{ name: 'note', kind: 'textarea' }],
  notice: [
    { name: 'documentNumber', kind: 'text', required: true },
    { name: 'note', kind: 'textarea' },
  ],
  interview: [
    { name: 'interviewedOn', kind: 'date', required: true },
    { name: 'interviewee', kind: 'text', required: true },
    { name: 'record', kind: 'textarea', required: true, rows: 5 },
  ],
  refer: [{ name: 'note', kind: 'textarea' }],
};
const INPUT_KEYS = [
  'text',
  'reportedOn',
  'note',
  'reason',
  'documentNumber',
  'interviewedOn',
  'interviewee',
  'record',
];
const MODULES = [
  'legal-affairs',
  'enforcement',
  'disclosure',
  'powers',
  'reconsideration',
  'litigation',
  'mediation',
  'proposals',
  'other',
];

/** The evidence list of a report: each a module's record (its kind, id and name) or material named by its label. */
function EvidenceFields() {
  const t = useT();
  const f = (k: string) => t(`${NS}.fields.${k}`);
  return (
    <Form.Item label={f('links')}>
      <Form.List name="links">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item
                  name={[field.name, 'module']}
                  rules={[{ required: true, message: t(`${NS}.required`) }]}
                >
                  <Select
                    style={{ width: 130 }}
                    aria-label={f('linkModule')}
                    placeholder={f('linkModule')}
                    options={MODULES.map((m) => ({ value: m, label: t(`coordination.modules.${m}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[{ required: true, message: t(`${NS}.required`) }]}
                >
                  <Input style={{ width: 250 }} placeholder={f('linkLabel')} aria-label={f('linkLabel')} />
                </Form.Item>
                <Form.Item name={[field.name, 'id']}>
                  <Input style={{ width: 150 }} placeholder={f('linkId')} aria-label={f('linkId')} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ module: 'other' })}>
              {t(`${NS}.addLink`)}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Empty evidence ids become absent (the contract's optional id), the rest goes as the form holds it. */
function bodyOf(values: Record<string, unknown>): Record<string, unknown> {
  const body = toBody(values);
  if (Array.isArray(body.links))
    body.links = (body.links as { module: string; label: string; id?: string }[]).map((l) => ({
      module: l.module,
      label: l.label,
      ...(l.id?.trim() ? { id: l.id.trim() } : {}),
    }));
  return body;
}

function Supervision({ task }: { task: TaskDetail }) {
  const t = useT();
  const d = (k: string) => t(`coordination.detail.${k}`);
  const download = useMutation({
    mutationFn: () => api.download(`/coordination/tasks/${task.id}/notice.docx`),
  });
  if (task.escalation === 'none') return null;
  return (
    <Card title={d('supervision')} size="small" data-testid="supervision">
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
        {task.remindedOn ? (
          <Descriptions.Item label={d('remindedOn')}>{task.remindedOn}</Descriptions.Item>
        ) : null}
        {task.noticedOn ? (
          <Descriptions.Item label={d('noticedOn')}>
            <Space wrap>
              {task.noticedOn} · {task.noticeNumber}
              <Button
                size="small"
                icon={<FileWordOutlined />}
                loading={download.isPending}
                onClick={() => download.mutate()}
              >
                {d('noticeDocx')}
              </Button>
            </Space>
          </Descriptions.Item>
        ) : null}
        {task.interviewedOn ? (
          <>
            <Descriptions.Item label={d('interviewedOn')}>{task.interviewedOn}</Descriptions.Item>
            <Descriptions.Item label={d('interviewRecord')}>{task.interviewRecord}</Descriptions.Item>
          </>
        ) : null}
        {task.referredOn ? (
          <Descriptions.Item label={d('referredOn')}>
            {task.referredOn}
            {task.referredMeeting ? (
              <>
                {' · '}
                {d('heardAt')}
                <Link to={`/coordination/meetings/${task.referredMeeting.id}`}>
                  {task.referredMeeting.title}
                </Link>
              </>
            ) : null}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function Reports({ task }: { task: TaskDetail }) {
  const t = useT();
  const d = (k: string) => t(`coordination.detail.${k}`);
  if (task.reports.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('noReports')} />;
  return (
    <List
      size="small"
      dataSource={task.reports}
      data-testid="reports"
      renderItem={(r) => (
        <List.Item>
          <div style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={r.kind === 'completion' ? 'blue' : 'default'}>{d(r.kind)}</Tag>
              <Typography.Text type="secondary">
                {r.reportedOn} · {r.unitName}
              </Typography.Text>
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}>
              {r.text}
            </Typography.Paragraph>
            {r.links.length ? (
              <Space wrap>
                <Typography.Text type="secondary">{d('evidence')}：</Typography.Text>
                {r.links.map((l) => (
                  <Tag key={`${l.module}:${l.id ?? ''}:${l.label}`} data-testid="evidence">
                    {t(`coordination.modules.${l.module}`)} · {l.label}
                  </Tag>
                ))}
              </Space>
            ) : null}
          </div>
        </List.Item>
      )}
    />
  );
}

/** One task: what it asks, who leads, the reports and their evidence, the 督办 record and the next step. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const detail = useQuery({
    queryKey: ['coordination', 'task', id],
    queryFn: () => coordinationApi.task(id),
  });
  const saveFailed = useSaveErrorHandler();
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      coordinationApi.transition(id, key, body, detail.data?.version),
    onSuccess: (task) => {
      queryClient.setQueryData(['coordination', 'task', id], task);
      void queryClient.invalidateQueries({ queryKey: ['coordination', 'tasks'] });
      message.success(t(`${NS}.done`, { action: pending?.label ?? '' }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const task = detail.data;
  const d = (k: string) => t(`coordination.detail.${k}`);
  const isReport = pending?.key === 'progress' || pending?.key === 'submit';
  return (
    <>
      <PageHeader
        title={`${task.code} ${task.title}`}
        subTitle={
          <Flex gap={8} wrap>
            <span>{task.unit.name}</span>
            <Tag color={STATE_COLOR[task.state]} data-testid="task-state">
              {t(`coordination.states.${task.state}`)}
            </Tag>
            {task.escalation !== 'none' ? (
              <Tag color={ESCALATION_COLOR[task.escalation]} data-testid="task-escalation">
                {t(`coordination.escalations.${task.escalation}`)}
              </Tag>
            ) : null}
            {task.overdue ? <Tag color="red">{t('coordination.overdue')}</Tag> : null}
            {task.stalled ? <Tag color="orange">{t('coordination.stalled')}</Tag> : null}
          </Flex>
        }
        extra={
          <Link to="/coordination/tasks">
            <Button>{d('back')}</Button>
          </Link>
        }
      />
      {task.returnReason && task.state === 'open' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${d('returned')}：${task.returnReason}`}
        />
      ) : null}
      {task.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={d('actions')}>
          <ActionButtons
            actions={task.actions}
            onAction={(key) => {
              fire.reset();
              setPending(task.actions.find((a) => a.key === key) ?? null);
            }}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px', minWidth: 0 }}>
          <Card title={d('facts')} size="small">
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
              {task.planTitle ? (
                <Descriptions.Item label={d('plan')}>{task.planTitle}</Descriptions.Item>
              ) : null}
              {task.meeting ? (
                <Descriptions.Item label={d('meeting')}>
                  <Link to={`/coordination/meetings/${task.meeting.id}`}>{task.meeting.title}</Link>（
                  {task.meeting.heldOn}）
                </Descriptions.Item>
              ) : null}
              {task.body ? <Descriptions.Item label={d('body')}>{task.body}</Descriptions.Item> : null}
              <Descriptions.Item label={d('unit')}>{task.unit.name}</Descriptions.Item>
              {task.coUnits.length ? (
                <Descriptions.Item label={d('coUnits')}>
                  {task.coUnits.map((u) => u.name).join('、')}
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={d('area')}>
                {task.area ? t(`coordination.areas.${task.area}`) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={d('indicators')}>
                {task.indicatorCodes.length ? task.indicatorCodes.map((c) => <Tag key={c}>{c}</Tag>) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={d('assigned')}>{task.dueOn}</Descriptions.Item>
              {task.milestones.length ? (
                <Descriptions.Item label={d('milestones')}>
                  {task.milestones.map((m) => (
                    <div key={m.on + m.text}>
                      {m.on} {m.text}
                    </div>
                  ))}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={d('reports')} size="small">
            <Reports task={task} />
          </Card>
          <Supervision task={task} />
          <Card title={d('proposals')} size="small" data-testid="linked-proposals">
            {task.proposals.length ? (
              <List
                size="small"
                dataSource={task.proposals}
                renderItem={(p) => (
                  <List.Item>
                    <Link to={`/proposals/${p.id}`}>
                      {p.number} {p.title}
                    </Link>
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{d('noProposals')}</Typography.Text>
            )}
          </Card>
        </Flex>
        <Card title={d('history')} size="small" style={{ flex: '1 1 300px' }}>
          <StepTimeline
            leading={{
              label: d('assignedStep'),
              details: <div style={{ color: '#595959' }}>{task.code}</div>,
            }}
            steps={task.history}
            details={(h) => (
              <StepInput input={h.input} keys={INPUT_KEYS} fieldLabel={(k) => t(`${NS}.fields.${k}`)} />
            )}
          />
        </Card>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={FORMS[pending?.key ?? ''] ?? []}
        ns={NS}
        initialValues={{ reportedOn: dayjs(), interviewedOn: dayjs(), links: [] }}
        width={720}
        busy={fire.isPending}
        error={fire.error}
        bottom={isReport ? <EvidenceFields /> : null}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: bodyOf(values) })}
      />
    </>
  );
}
