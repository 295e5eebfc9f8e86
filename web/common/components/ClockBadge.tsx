import { Tag, Tooltip } from 'antd';
import { useT } from '../i18n.js';

export type Urgency = 'ok' | 'due_soon' | 'overdue';

const COLOR: Record<Urgency, string> = { ok: 'green', due_soon: 'orange', overdue: 'red' };

interface ClockBadgeProps {
  urgency: Urgency;
  /** The due date shown in the tag; the urgency label when omitted. */
  dueOn?: string;
  explanation?: string;
  provisional?: boolean;
}

/** A statutory clock at a glance: green / amber / red, the explanation on hover, 暂定 when provisional. */
export function ClockBadge({ urgency, dueOn, explanation, provisional }: ClockBadgeProps) {
  const t = useT();
  const text = dueOn ? `${dueOn} · ${t(`common.urgency.${urgency}`)}` : t(`common.urgency.${urgency}`);
  const tip = [explanation, provisional ? t('common.provisionalHint') : null].filter(Boolean).join('\n');
  return (
    <Tooltip title={tip ? <span style={{ whiteSpace: 'pre-line' }}>{tip}</span> : undefined}>
      <Tag color={COLOR[urgency] ?? 'default'}>
        {text}
        {provisional ? ` · ${t('common.urgency.provisional')}` : ''}
      </Tag>
    </Tooltip>
  );
}
