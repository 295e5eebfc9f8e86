/**
 * A lone UTF-16 surrogate (JSON allows "\ud800") is no character: PostgreSQL refuses it inside jsonb (the audit
 * record keeps request bodies there), and text columns would store U+FFFD anyway. Contract text fields replace
 * it with U+FFFD up front, the way String.prototype.toWellFormed does.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every lone surrogate replaced by U+FFFD. */
export const wellFormed = (value: string): string => value.replace(LONE_SURROGATE, '\ufffd');
