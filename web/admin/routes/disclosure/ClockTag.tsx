import { Tag, Tooltip } from 'antd';
import { ClockBadge, type Urgency } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';

interface Props {
  urgency: string;
  status?: string;
  dueOn: string | null;
  explanation?: string;
  provisional?: boolean;
  extended?: boolean;
}

const URGENCY: Record<string, Urgency> = {
  ok: 'ok',
  due_soon: 'due_soon',
  due_today: 'due_soon',
  overdue: 'overdue',
};

/** A request clock: green / amber / red while it runs; grey when paused (第三方、缴费) or stopped (补正、办结). */
export function ClockTag({ urgency, status, dueOn, explanation, provisional, extended }: Props) {
  const t = useT();
  const halted = status === 'paused' || status === 'stopped' || status === 'done' || urgency === 'paused';
  if (halted || !URGENCY[urgency]) {
    const state =
      status === 'done' ? 'done' : urgency === 'stopped' || status === 'stopped' ? 'stopped' : 'paused';
    return (
      <Tooltip
        title={explanation ? <span style={{ whiteSpace: 'pre-line' }}>{explanation}</span> : undefined}
      >
        <Tag>
          {dueOn ? `${dueOn} · ` : ''}
          {t(`disclosure.clock.${state}`)}
        </Tag>
      </Tooltip>
    );
  }
  const tip = [explanation, extended ? t('disclosure.clock.extended') : null].filter(Boolean).join('\n');
  return (
    <ClockBadge
      urgency={URGENCY[urgency]!}
      dueOn={dueOn ?? undefined}
      explanation={tip || undefined}
      provisional={provisional}
    />
  );
}
