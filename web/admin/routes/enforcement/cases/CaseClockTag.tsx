import { Tag, Tooltip } from 'antd';
import { ClockBadge, type Urgency } from '../../../../common/components/index.js';
import { useT } from '../../../../common/i18n.js';
import './messages.js';

interface Props {
  urgency?: string;
  status?: string;
  dueOn: string | null;
  explanation?: string;
}

const URGENCY: Record<string, Urgency> = {
  ok: 'ok',
  due_soon: 'due_soon',
  due_today: 'due_soon',
  overdue: 'overdue',
};

/** A case clock: green / amber / red while it runs, grey once stopped (决定 stops the handling clock). */
export function CaseClockTag({ urgency = 'ok', status = 'running', dueOn, explanation }: Props) {
  const t = useT();
  const running = status === 'running' && URGENCY[urgency];
  if (!running) {
    const state = status === 'paused' ? 'paused' : status === 'done' ? 'done' : 'stopped';
    return (
      <Tooltip
        title={explanation ? <span style={{ whiteSpace: 'pre-line' }}>{explanation}</span> : undefined}
      >
        <Tag>
          {dueOn ? `${dueOn} · ` : ''}
          {t(`enforcementCases.clock.${state}`)}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <ClockBadge urgency={URGENCY[urgency] ?? 'ok'} dueOn={dueOn ?? undefined} explanation={explanation} />
  );
}
