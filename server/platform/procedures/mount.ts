import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { requireLogin } from '../http/guards.js';
import type { App } from '../http/types.js';
import type { ProcedureEntry } from './entry.js';

/**
 * The body is published (OpenAPI) but parsed by the procedure service, once, after the role check: so a
 * route walk still reads 401 → 403 → 400, and the form is not parsed a second time by the HTTP layer.
 */
function bodyParsedByService<S>(route: FastifyRouteSchemaDef<S>) {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<ZodType>);
}

/** Mounts `POST <base>/:id/transitions/:transition` for each procedure a module declares. */
export function mountProcedures(app: App, entries: readonly ProcedureEntry[]): void {
  for (const entry of entries) {
    app.post(
      `${entry.route.base}/:id/transitions/:transition`,
      {
        preHandler: requireLogin,
        validatorCompiler: bodyParsedByService,
        schema: {
          tags: [...entry.route.tags],
          summary: entry.route.summary,
          params: entry.params,
          body: entry.body(),
          response: { 200: entry.response },
        },
      },
      async (request) => {
        const { id, transition } = request.params;
        return entry.apply(request.ctx, id, transition, request.body);
      },
    );
  }
}
