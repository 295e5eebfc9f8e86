import fc from 'fast-check';
import type { JsonSchema } from './standing.js';

/**
 * fast-check arbitraries for the API fuzz (issue #11 standing check): values shaped by an operation's JSON
 * schema, mixed with the hostile values an attacker or a clumsy user sends.
 */

/** Strings that broke or could break a layer: NUL, bidi controls, 10 KB, impossible dates, huge numbers. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u202eevil\u202c',
  '\u2066x\u2069',
  'x'.repeat(10_240),
  '中'.repeat(5_000),
  '2020-02-30',
  '0000-00-00',
  '9999-12-31',
  '-1',
  '1e308',
  '9'.repeat(400),
  'NaN',
  "'; DROP TABLE users; --",
  '../../../etc/passwd',
  '%00',
  '𠮷野家\uD800',
  '{"$gt":""}',
] as const;

const HOSTILE_NUMBERS = [0, -1, -0, 1e308, -1e308, 2 ** 53 + 1, 1.5, Number.MAX_SAFE_INTEGER, 1e-300];

/** A value of the wrong kind for any field. */
const wrongType = (): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(null, true, [], {}, [null], { a: 1 }, 42, 'text', -1e308);

export const hostileString = (): fc.Arbitrary<string> => fc.constantFrom(...HOSTILE_STRINGS);

/** A value for a schema: usually of its shape (sometimes valid), now and then hostile or of the wrong type. */
export function fromSchema(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  known: { uuids: readonly string[] },
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return wrongType();
  if (schema.$ref)
    return fromSchema(components[schema.$ref.split('/').pop() ?? ''], components, known, depth + 1);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fromSchema(s, components, known, depth + 1)));
  if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], components, known, depth + 1);
  return fc.oneof(
    { weight: 8, arbitrary: shaped(schema, components, known, depth) },
    { weight: 1, arbitrary: wrongType() },
    { weight: 1, arbitrary: hostileString() },
  );
}

function shaped(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  known: { uuids: readonly string[] },
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(props)) record[key] = fromSchema(s, components, known, depth + 1);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(fromSchema(schema.items, components, known, depth + 1), { maxLength: 3 });
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 100_000, 2 ** 31) }),
        fc.constantFrom(...HOSTILE_NUMBERS),
      );
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringFor(schema, known);
    default:
      return wrongType();
  }
}

function stringFor(schema: JsonSchema, known: { uuids: readonly string[] }): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.uuids), fc.uuid());
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}'))
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  return fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 40), unit: 'binary' });
}
