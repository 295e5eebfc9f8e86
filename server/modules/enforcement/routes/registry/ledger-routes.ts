import type { z } from 'zod';
import { RegistryImportResult } from '../../../../../common/contracts/enforcement/registry.js';
import type { Ctx } from '../../../../platform/context.js';
import { type App, requirePermission } from '../../../../platform/http/index.js';
import {
  type Ledger,
  type LedgerFormat,
  type ParsedLedger,
  parseLedgerFile,
  readUploadedFile,
  sendLedgerExport,
  sendLedgerTemplate,
} from '../../../../platform/io/index.js';
import { registryFileName } from '../../io/registry.js';

/** One register's export, import template and all-or-nothing import, under `<base>/…`. */
export interface LedgerRoutes<Row, Item, Filters> {
  base: string;
  title: string;
  ledger: Ledger<Row>;
  exportQuery: z.ZodType<Filters & { format: LedgerFormat }>;
  find(ctx: Ctx, filters: Filters): Promise<Item[]>;
  toRow(item: Item, ctx: Ctx): Row;
  importRows(ctx: Ctx, parsed: ParsedLedger<Row>): Promise<{ imported: number }>;
}

const tags = ['enforcement'];

/** Mounts `<base>/export`, `<base>/import-template` and `<base>/import`. */
export function mountLedgerRoutes<Row, Item, Filters>(app: App, r: LedgerRoutes<Row, Item, Filters>): void {
  app.get(
    `${r.base}/export`,
    {
      preHandler: requirePermission('enforcement.export'),
      schema: { tags, summary: `导出${r.title}`, querystring: r.exportQuery },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query as Filters & { format: LedgerFormat };
      const items = await r.find(request.ctx, filters as Filters);
      const rows = items.map((item) => r.toRow(item, request.ctx));
      const name = registryFileName(r.title, request.ctx.today);
      return sendLedgerExport(reply, r.ledger, rows, format, name, { title: r.title });
    },
  );
  app.get(
    `${r.base}/import-template`,
    {
      preHandler: requirePermission('enforcement.import'),
      schema: { tags, summary: `${r.title}导入模板` },
    },
    async (_request, reply) => sendLedgerTemplate(reply, r.ledger, `${r.title}导入模板`),
  );
  app.post(
    `${r.base}/import`,
    {
      preHandler: requirePermission('enforcement.import'),
      schema: {
        tags,
        summary: `导入${r.title}（全部成功或全部不写入）`,
        consumes: ['multipart/form-data'],
        response: { 200: RegistryImportResult },
      },
    },
    async (request) => {
      const file = await readUploadedFile(request);
      return r.importRows(request.ctx, await parseLedgerFile(r.ledger, file.buffer, file.format));
    },
  );
}
