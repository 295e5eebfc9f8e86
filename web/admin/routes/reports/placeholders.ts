/**
 * A stored paragraph's text split into prose and figure placeholders (pure), so the editor can keep each
 * figure as a token the user cannot type over. The placeholder grammar is the engine's
 * (`server/platform/reports/annual/sentence.ts`): `{metric.key}`, `{metric.key:cell}`, optional `|亿|万|%`.
 */

export type Part =
  | { kind: 'text'; text: string }
  /** A live figure; `replacement` set = the user replaced it by that text, with `reason`. */
  | { kind: 'figure'; token: string; id: string; replacement?: string; reason?: string };

const TOKEN = /\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)(?::([a-z0-9_]+))?(?:\|(亿|万|%))?\}/g;

/** Prose and figures, in order; adjacent prose is one part. */
export function splitPlaceholders(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    parts.push({ kind: 'figure', token: m[0], id: m[2] ? `${m[1]}:${m[2]}` : (m[1] as string) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

export interface Override {
  figure: string;
  text: string;
  reason: string;
}

/**
 * The text and overrides to save: a kept figure stays its placeholder; a replaced one becomes its typed
 * text, listed as an override with its reason. A replacement without a reason is sent as a plain removal,
 * so the server's refusal names the figure (422 FIGURE_REMOVED_WITHOUT_REASON) instead of a bare
 * "reason required" on an array index the user cannot see.
 */
export function joinParts(parts: readonly Part[]): { text: string; overrides: Override[] } {
  const overrides: Override[] = [];
  const text = parts
    .map((p) => {
      if (p.kind === 'text') return p.text;
      if (p.replacement === undefined) return p.token;
      const reason = p.reason?.trim() ?? '';
      if (reason) overrides.push({ figure: p.id, text: p.replacement, reason });
      return p.replacement;
    })
    .join('');
  return { text, overrides };
}

/**
 * Turns a stored override back into a replaced figure, so the editor can show it and restore it: the first
 * place its typed text stands in the prose. (The placeholder's format, e.g. `|亿`, is not stored with the
 * override; a restored figure prints in its metric's own form.)
 */
export function withOverrides(parts: readonly Part[], overrides: readonly Override[]): Part[] {
  let out = [...parts];
  for (const o of overrides) {
    const i = out.findIndex((p) => p.kind === 'text' && o.text !== '' && p.text.includes(o.text));
    const part = out[i];
    if (part?.kind !== 'text') continue;
    const at = part.text.indexOf(o.text);
    const before = part.text.slice(0, at);
    const after = part.text.slice(at + o.text.length);
    const replaced: Part = {
      kind: 'figure',
      token: `{${o.figure}}`,
      id: o.figure,
      replacement: o.text,
      reason: o.reason,
    };
    out = [
      ...out.slice(0, i),
      ...(before ? [{ kind: 'text' as const, text: before }] : []),
      replaced,
      ...(after ? [{ kind: 'text' as const, text: after }] : []),
      ...out.slice(i + 1),
    ];
  }
  return out;
}
