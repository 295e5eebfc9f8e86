import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from './types.js';

/** OpenAPI 3.1 generated from the routes' zod schemas: `/api/openapi.json`, browsable at `/api/docs`. */
export async function registerOpenApi(app: App): Promise<void> {
  // A public route says so in the document (`security: []`), so clients and the access-matrix test read
  // who may call it from the same place as its shape (docs/decisions/0023-standing-security-checks.md).
  app.addHook('onRoute', (route) => {
    if (route.config?.public === true) route.schema = { ...(route.schema ?? {}), security: [] };
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fazhi 法治 API',
        version: '1',
        description:
          '法治政府建设台账与年度报告平台的 API。错误统一为 { error: { code, message, fields? } }；' +
          '以 Cookie 会话认证的写请求须携带 x-csrf-token 头。',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fazhi_session' } },
      },
      security: [{ session: [] }],
    },
    // Schemas carrying `.meta({ id })` (recursive ones must) become named components.
    transform: createJsonSchemaTransform({ schemaRegistry: z.globalRegistry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: z.globalRegistry }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
