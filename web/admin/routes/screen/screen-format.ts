import type { ScreenOut } from '../../../../common/contracts/workbench.js';

export type Screen = ScreenOut;
export type Headline = Screen['headlines'][number];
export type Rating = Screen['departments'][number]['rating'];

/** The screen's red / amber / green, readable on its dark background. */
export const RAG_COLOURS: Record<Rating, string> = { red: '#ff4d4f', amber: '#faad14', green: '#52c41a' };

/**
 * A headline figure as the screen prints it: a share as a percentage with one decimal, money in 万元 (in
 * English, ¥ and thousands), a count with separators.
 */
export function formatFigure(value: number, unit: Headline['unit'], locale: string): string {
  if (unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'yuan') {
    if (locale === 'en-US') return `¥${Math.round(value).toLocaleString('en-US')}`;
    return `${(value / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`;
  }
  return value.toLocaleString(locale === 'en-US' ? 'en-US' : 'zh-CN');
}

/** This year against last: up, down or level, and by how much (percentage points for a share). */
export function changeOf(h: Pick<Headline, 'value' | 'lastYear' | 'unit'>): {
  direction: 'up' | 'down' | 'level';
  text: string;
} {
  const delta = h.value - h.lastYear;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'level';
  if (h.unit === 'rate') return { direction, text: `${Math.abs(delta * 100).toFixed(1)}pp` };
  if (h.lastYear === 0) return { direction, text: delta === 0 ? '0' : '—' };
  return { direction, text: `${Math.abs((delta / h.lastYear) * 100).toFixed(1)}%` };
}

/** The departments the ranking shows: red first, then amber, then green (the server's order), those with work. */
export function rankedDepartments(departments: Screen['departments'], limit: number): Screen['departments'] {
  return departments.filter((d) => d.open > 0).slice(0, limit);
}

/** How many columns the tile grid takes so that `count` tiles fill a box about as wide as it is tall ×ratio. */
export function tileColumns(count: number, ratio = 1.6): number {
  if (count <= 1) return 1;
  return Math.min(count, Math.max(2, Math.ceil(Math.sqrt(count * ratio))));
}

/** The share of open work that is on time, 1 when nothing is open. */
export function onTimeShare(d: { open: number; onTime: number }): number {
  return d.open ? d.onTime / d.open : 1;
}
