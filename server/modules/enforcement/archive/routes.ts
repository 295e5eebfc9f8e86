import { PublicationIdParams } from '../../../../common/contracts/enforcement/publication.js';
import { requirePermission, type RoutePlugin } from '../../../platform/http/index.js';
import { contentDisposition } from '../../../platform/io/index.js';
import { buildCaseArchive } from './build-archive.js';

/** GET …/cases/:id/archive.zip: the case's whole record (docs/decisions/0011 §5, 全过程记录). */
export const archiveRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/enforcement/cases/:id/archive.zip',
    {
      preHandler: requirePermission('enforcement.view_evidence'),
      schema: {
        tags: ['enforcement'],
        summary: '案件全过程记录档案（.zip：索引 index.xlsx、证据原件及其 SHA-256）',
        params: PublicationIdParams,
      },
    },
    async (request, reply) => {
      const archive = await buildCaseArchive(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', contentDisposition(archive.fileName))
        .header('cache-control', 'no-store')
        .send(archive.buffer);
    },
  );
};
