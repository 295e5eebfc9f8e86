import type { Text } from '../../../common/text/localized.js';
import { z } from 'zod';
import type { Ctx } from '../context.js';
import type { ProcedureService } from './service.js';
import { transitionBodySchema } from './forms.js';
import type { ProcedureRecord, TransitionClocks, TransitionDef } from './types.js';

/** Where a procedure's records live in the API, and what the transition route answers with. */
export interface ProcedureRouteSpec<Out> {
  /** The records' URL, e.g. `/api/v1/powers/items`; the route is `POST <base>/:id/transitions/:transition`. */
  base: string;
  tags: readonly string[];
  /** zh-CN summary of the route in OpenAPI. */
  summary: string;
  /** zh-CN name of the record's id in messages, e.g. `事项编号` (→ "事项编号格式不正确"). */
  idLabel: string;
  /** The record as the route answers after the transition (the detail page's shape). */
  response: z.ZodType<Out>;
  present(ctx: Ctx, id: string): Promise<Out>;
}

/**
 * A procedure as a module lists it in its manifest: the kernel mounts its transition route at boot. The
 * shape is the kernel's own (no record types), so every module's entries fit one list.
 */
/** What the kernel checks of a procedure at boot: each transition's permission, audit action and clocks. */
export interface DeclaredProcedure {
  readonly key: string;
  readonly label: Text;
  readonly states: Readonly<Record<string, { label: Text }>>;
  readonly transitions: Readonly<
    Record<
      string,
      { label: Text; permission: string; auditAction?: string; clocks?: TransitionClocks<never> }
    >
  >;
}

export interface ProcedureEntry {
  readonly key: string;
  readonly procedure: DeclaredProcedure;
  readonly route: Omit<ProcedureRouteSpec<unknown>, 'response' | 'present'>;
  /** `{ id, transition }`: the transition one of the procedure's keys. */
  readonly params: z.ZodType<{ id: string; transition: string }>;
  /** The union of the transition forms, discriminated on `transition` (OpenAPI only; parsed by `apply`). */
  body(): z.ZodType;
  readonly response: z.ZodType;
  /** Fires the transition (role, form, lock, gates, write, audit) and presents the record. */
  apply(ctx: Ctx, id: string, transition: string, body: unknown): Promise<unknown>;
}

/** Declares a procedure entry: the derived transition service plus its place in the API. */
export function procedureEntry<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  Out,
>(service: ProcedureService<R, F, S, T>, route: ProcedureRouteSpec<Out>): ProcedureEntry {
  const { procedure } = service;
  const keys = Object.keys(procedure.transitions) as [string, ...string[]];
  const { response, present, ...where } = route;
  return Object.freeze({
    key: procedure.key,
    procedure: procedure as DeclaredProcedure,
    route: where,
    params: z.object({
      id: z.uuid({ message: `${route.idLabel}格式不正确` }),
      transition: z.enum(keys, { message: '未知的操作' }),
    }),
    body: () => transitionBodySchema(procedure),
    response,
    async apply(ctx: Ctx, id: string, transition: string, body: unknown) {
      await service.fire(ctx, id, transition as keyof T & string, body);
      return present(ctx, id);
    },
  });
}
