import { zhText } from '../../../common/text/localized.js';
import { z } from 'zod';
import { validationFailed } from '../errors.js';
import { transitionOf } from './actions.js';
import { parseInput } from './input.js';
import type { Procedure, TransitionDef } from './types.js';

type AnyProcedure = Procedure<never, object, string, Record<string, TransitionDef<never, object, string>>>;

/** `powers.item` → `PowersItem`, `publish_revision` → `PublishRevision`: OpenAPI component names. */
export function pascalCase(key: string): string {
  return key
    .split(/[._-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const EMPTY_FORM = z.object({});
const bodies = new WeakMap<object, z.ZodType>();

/**
 * The request body of a procedure's transition route, for OpenAPI: a union discriminated on `transition`,
 * one named form per transition (`<Procedure><Transition>Form`), so a client sees every form. Built once per
 * procedure, when the route is mounted (naming a schema registers it, so it is not done at import time).
 */
export function transitionBodySchema(procedure: AnyProcedure): z.ZodType {
  const known = bodies.get(procedure);
  if (known) return known;
  const prefix = pascalCase(procedure.key);
  const forms = Object.entries(procedure.transitions).map(([key, t]) => {
    const fields = t.input instanceof z.ZodObject ? t.input : EMPTY_FORM;
    return fields.safeExtend({ transition: z.literal(key) }).meta({
      id: `${prefix}${pascalCase(key)}Form`,
      title: zhText(t.label),
      description: t.basis ? `${zhText(t.label)}。依据：${t.basis}` : zhText(t.label),
    });
  });
  const body = z.discriminatedUnion('transition', forms as [(typeof forms)[number], ...typeof forms]).meta({
    id: `${prefix}TransitionBody`,
    discriminator: { propertyName: 'transition' },
    description: `${zhText(procedure.label)}的办理操作表单，按 transition 区分；transition 与路径中的操作相同，可省略。`,
  });
  bodies.set(procedure, body);
  return body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a transition's form, once: the body may repeat the transition key (the published union carries
 * it), which must then be the key of the URL; the rest is validated by the transition's own schema.
 */
export function parseTransitionBody(procedure: AnyProcedure, key: string, raw: unknown): unknown {
  const t = transitionOf(procedure, key);
  let body = raw ?? {};
  if (isRecord(body) && 'transition' in body) {
    const { transition, ...fields } = body;
    if (transition !== key) {
      throw validationFailed([
        { path: 'transition', message: `表单中的操作与所选操作“${zhText(t.label)}”不一致` },
      ]);
    }
    body = fields;
  }
  return parseInput(t.input, body);
}
