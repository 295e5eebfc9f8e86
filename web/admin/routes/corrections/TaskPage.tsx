import { Alert, Button, Card, Descriptions, Empty, Flex, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { toBody } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import {
  type FieldSpec,
  StepInput,
  StepTimeline,
  TransitionDialog,
  useRecordProcedure,
} from '../../../common/procedure/index.js';
import { tasksApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import './messages.js';

const NS = 'corrections.transition';

/** Each step's form: the unit's written rectification, the coordinator's note or reason. */
const FORMS: Record<string, FieldSpec[]> = {
  submit: [
    { name: 'rectification', kind: 'textarea', required: true, rows: 6, maxLength: 5000 },
    { name: 'rectifiedOn', kind: 'date', required: true },
  ],
  accept: [{ name: 'note', kind: 'textarea' }],
  return: [{ name: 'reason', kind: 'textarea', required: true }],
};
const INPUT_KEYS = ['rectifiedOn', 'rectification', 'note', 'reason'];

/** One corrective task: what was corrected and why, the rectification, and the next step. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { detail, pending, choose, cancel, fire } = useRecordProcedure({
    queryKey: ['corrections', 'task', id],
    get: () => tasksApi.get(id),
    transition: (key, body, version) => tasksApi.transition(id, key, body, version),
    invalidates: [['corrections', 'tasks']],
    doneMessage: (action) => t(`${NS}.done`, { action }),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const task = detail.data;
  const d = (k: string) => t(`corrections.detail.${k}`);
  return (
    <>
      <PageHeader
        title={t('corrections.detail.title', { number: task.number })}
        subTitle={
          <Flex gap={8} wrap>
            <span>{task.orgUnit.name}</span>
            <Tag color={STATE_COLOR[task.state]} data-testid="task-state">
              {t(`corrections.states.${task.state}`)}
            </Tag>
            {task.overdue ? <Tag color="red">{t('corrections.overdue')}</Tag> : null}
          </Flex>
        }
        extra={
          <Link to="/corrections/tasks">
            <Button>{d('back')}</Button>
          </Link>
        }
      />
      {task.repeatCount > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('corrections.detail.repeatedHint', { count: task.repeatCount })}
        />
      ) : null}
      {task.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={d('actions')}>
          <ActionButtons
            actions={task.actions}
            onAction={choose}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card title={d('facts')} size="small">
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
              <Descriptions.Item label={d('source')}>
                {t(`corrections.sources.${task.source.kind}`)}
              </Descriptions.Item>
              <Descriptions.Item label={d('sourceNumber')}>{task.source.number}</Descriptions.Item>
              <Descriptions.Item label={d('decidedOn')}>
                {task.source.decidedOn} · {t(`corrections.outcomes.${task.source.outcome}`)}
              </Descriptions.Item>
              <Descriptions.Item label={d('unit')}>{task.orgUnit.name}</Descriptions.Item>
              <Descriptions.Item label={d('target')}>
                {t(`corrections.targets.${task.target.kind}`)}：{task.target.label}
              </Descriptions.Item>
              {task.power ? (
                <Descriptions.Item label={d('power')}>{task.power.name}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={d('defect')}>{task.defect}</Descriptions.Item>
              <Descriptions.Item label={d('dueOn')}>{task.dueOn}</Descriptions.Item>
              <Descriptions.Item label={d('dueBasis')}>
                <Typography.Text type="secondary">{task.dueBasis}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={d('rectification')} size="small">
            {task.rectification ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="rectification">
                  {task.rectification}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {d('rectifiedOn')}：{task.rectifiedOn}
                  {task.closedOn ? ` · ${d('closedOn')}：${task.closedOn}` : ''}
                </Typography.Text>
              </>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('none')} />
            )}
            {task.returnReason && task.state === 'returned' ? (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 12 }}
                title={`${d('returned')}：${task.returnReason}`}
              />
            ) : null}
          </Card>
        </Flex>
        <Card title={d('history')} size="small" style={{ flex: '1 1 300px' }}>
          <StepTimeline
            leading={{
              label: d('opened'),
              details: <div style={{ color: '#595959' }}>{task.source.number}</div>,
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
        initialValues={{ rectifiedOn: dayjs() }}
        width={640}
        busy={fire.isPending}
        error={fire.error}
        onCancel={cancel}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
      />
    </>
  );
}
