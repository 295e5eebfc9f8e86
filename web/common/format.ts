/** An instant as China time, "YYYY-MM-DD HH:mm" — the one format every history list uses, in any locale. */
export function formatChinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Money, one way in the admin UI and the portal: thousands separators and fen, "3,000.00 元" (in English
 * "¥3,000.00"); a missing amount is "—".
 */
export function formatYuan(amount: number | null | undefined, locale: string = 'zh-CN'): string {
  if (amount === null || amount === undefined) return '—';
  const n = amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return locale === 'en-US' ? `¥${n}` : `${n} 元`;
}

/** "label：value" in zh-CN, "label: value" in English (full-width colons read wrong in English text). */
export function labelled(label: string, value: string, locale: string = 'zh-CN'): string {
  return locale === 'en-US' ? `${label}: ${value}` : `${label}：${value}`;
}

/** A remark after text: "（note）" in zh-CN, " (note)" in English; nothing when there is no note. */
export function remark(note: string | null | undefined, locale: string = 'zh-CN'): string {
  if (!note) return '';
  return locale === 'en-US' ? ` (${note})` : `（${note}）`;
}

/** Parts of one line: joined by "；" in zh-CN, "; " in English. */
export function joinClauses(parts: readonly string[], locale: string = 'zh-CN'): string {
  return parts.join(locale === 'en-US' ? '; ' : '；');
}
