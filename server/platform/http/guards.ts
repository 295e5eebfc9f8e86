import type { FastifyReply, FastifyRequest } from 'fastify';
import { assertCan } from '../authz/permissions.js';
import { unauthenticated } from '../errors.js';

/** preHandler: the request must carry a live session. */
export async function requireLogin(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!request.ctx.actor) throw unauthenticated();
}

/** preHandler: a live session whose role carries the permission (401 before 403). */
export function requirePermission(permission: string) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!request.ctx.actor) throw unauthenticated();
    assertCan(request.ctx.actor, permission);
  };
}
