import { Tag, Tooltip } from 'antd';
import { useId } from 'react';
import type { ClockOut } from '../../../common/contracts/procedure.js';
import { useT } from '../i18n.js';

/** The three colours of a running clock; `due_today` reads as 即将到期. */
export type Urgency = 'ok' | 'due_soon' | 'overdue';

const URGENCY: Record<string, Urgency> = {
  ok: 'ok',
  due_soon: 'due_soon',
  due_today: 'due_soon',
  overdue: 'overdue',
};
const COLOR: Record<Urgency, string> = { ok: 'green', due_soon: 'orange', overdue: 'red' };

export interface ClockTagProps extends Partial<Pick<ClockOut, 'status' | 'explanation'>> {
  /** ClockOut's urgency (ok | due_soon | due_today | overdue while running; otherwise the status). */
  urgency: string;
  dueOn: string | null | undefined;
  /** 暂定: the holiday schedule of the due date's year is not loaded yet. */
  provisional?: boolean;
  /** A further line for a running clock's explanation (a module's word on an extension …). */
  note?: string | null;
}

/**
 * One statutory clock at a glance: green / amber / red with its due date while it runs, grey once paused
 * (第三方、缴费), stopped (补正、决定) or done. The explanation shows on hover or focus and is the tag's
 * accessible description, so a screen reader reads it too.
 */
export function ClockTag({ urgency, status, dueOn, explanation, provisional, note }: ClockTagProps) {
  const t = useT();
  const id = useId();
  const level = URGENCY[urgency];
  const running = (status === undefined || status === 'running') && level !== undefined;
  const tip = [
    explanation,
    running ? note : null,
    running && provisional ? t('common.provisionalHint') : null,
  ]
    .filter(Boolean)
    .join('\n');
  let text: string;
  if (running) {
    const word = t(`common.urgency.${level}`);
    text = `${dueOn ? `${dueOn} · ${word}` : word}${provisional ? ` · ${t('common.urgency.provisional')}` : ''}`;
  } else {
    const halted = status ?? urgency;
    const state = halted === 'done' ? 'done' : halted === 'paused' ? 'paused' : 'stopped';
    text = `${dueOn ? `${dueOn} · ` : ''}${t(`common.clock.${state}`)}`;
  }
  return (
    <>
      <Tooltip title={tip ? <span style={{ whiteSpace: 'pre-line' }}>{tip}</span> : undefined}>
        <Tag
          color={running ? COLOR[level] : undefined}
          tabIndex={tip ? 0 : undefined}
          aria-describedby={tip ? id : undefined}
        >
          {text}
        </Tag>
      </Tooltip>
      {tip ? (
        <span id={id} hidden>
          {tip}
        </span>
      ) : null}
    </>
  );
}
