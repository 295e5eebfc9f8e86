/**
 * Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the LRM/RLM marks (U+200E/200F):
 * invisible, they make a text display other than it reads — a party's name reversed on the portal, or a
 * name split so that masking misses it (issue #11). Decision 0024 §8.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;

/** The text without bidi control characters. */
export const withoutBidiControls = (value: string): string => value.replace(BIDI_CONTROLS, '');
