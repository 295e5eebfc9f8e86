/** Refuses request values carrying control characters (NUL and the like) before any route reads them. */
import type { FastifyRequest } from 'fastify';
import { type FieldError, validationFailed } from '../errors.js';
import type { App } from './types.js';

// C0 controls but tab, LF and CR, and DEL: no form or file a person types yields them, and PostgreSQL refuses
// NUL in text (a 500 before this check: issue #11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MESSAGE = '含有不可见的控制字符（如 NUL），请删除后重试';

/** Every string in the query, the route parameters and a JSON body, checked once for the whole API. */
export function refuseControlCharacters(app: App): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const fields: FieldError[] = [];
    collect(request.params, 'params', fields);
    collect(request.query, 'query', fields);
    collect(request.body, 'body', fields);
    if (fields.length) throw validationFailed(fields);
  });
}

function collect(value: unknown, path: string, into: FieldError[]): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) into.push({ path, message: MESSAGE });
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    // Arrays too: their entries are keyed 0, 1, …
    for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`, into);
  }
}
