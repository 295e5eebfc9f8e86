import { Timeline } from 'antd';
import type { ReactNode } from 'react';
import type { StepOut } from '../../../common/contracts/procedure.js';
import { formatChinaTime, joinClauses, labelled } from '../format.js';
import { useLocale } from '../i18n.js';

/** What a step needs to be drawn; a module's step (StepOut.extend …) may carry more for its details. */
export type StepLike = Pick<StepOut, 'label' | 'occurredAt'> & { actorName?: string | null };

/** An entry drawn before the recorded steps: the 登记 / 立案 that opened the record. */
export interface LeadingStep {
  label: ReactNode;
  /** ISO instant, shown in China time. */
  at?: string | null;
  details?: ReactNode;
}

interface StepTimelineProps<S extends StepLike> {
  steps: readonly S[];
  leading?: LeadingStep;
  /** The step's title; `step.label` (the transition's label) when omitted. */
  label?: (step: S) => ReactNode;
  /** The module's per-step details under the title (what was entered, the reason …). */
  details?: (step: S) => ReactNode;
}

function Entry({ label, at, actor, details }: LeadingStep & { actor?: string | null }) {
  return (
    <>
      <strong>{label}</strong>
      {at ? ` · ${formatChinaTime(at)}` : ''}
      {actor ? ` · ${actor}` : ''}
      {details}
    </>
  );
}

/** The procedural history, oldest first: each step's label, China-time date and actor, and its details. */
export function StepTimeline<S extends StepLike>({ steps, leading, label, details }: StepTimelineProps<S>) {
  const items = steps.map((s) => ({
    content: (
      <Entry
        label={label ? label(s) : s.label}
        at={s.occurredAt}
        actor={s.actorName}
        details={details?.(s)}
      />
    ),
  }));
  return <Timeline items={leading ? [{ content: <Entry {...leading} /> }, ...items] : items} />;
}

/** A step's form as one line, `字段：值；字段：值`, its `on` (the day it took effect) first. */
export function StepInput({
  input,
  keys,
  fieldLabel,
  value = (_k, v) => v,
}: {
  input: unknown;
  keys: readonly string[];
  fieldLabel: (key: string) => string;
  value?: (key: string, v: string) => string;
}) {
  const { locale } = useLocale();
  if (!input || typeof input !== 'object') return null;
  const obj = input as Record<string, unknown>;
  const parts = keys
    .filter((k) => obj[k] !== undefined && obj[k] !== null && obj[k] !== '')
    .map((k) => labelled(fieldLabel(k), value(k, String(obj[k])), locale));
  if (typeof obj.on === 'string') parts.unshift(labelled(fieldLabel('on'), obj.on, locale));
  return parts.length ? (
    <div style={{ color: '#595959', whiteSpace: 'pre-wrap' }}>{joinClauses(parts, locale)}</div>
  ) : null;
}
