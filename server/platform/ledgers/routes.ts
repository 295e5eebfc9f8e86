/** The HTTP edges every declared ledger gets: export, import template and all-or-nothing import. */
import type { LedgerFormat } from '../../../common/contracts/kit.js';
import { requirePermission } from '../http/guards.js';
import type { App } from '../http/types.js';
import { CONTENT_TYPES, contentDisposition, readUploadedFile, sendExportStream } from '../io/index.js';
import type { LedgerEntry } from './ledger-entry.js';

/** `<title>-<today>.<format>`, e.g. 权责清单-2020-12-31.xlsx. */
export const exportFileName = (entry: LedgerEntry, today: string, format: LedgerFormat) =>
  `${entry.title}-${today}.${format}`;

/** Mounts `GET <base>/export`, `GET <base>/import-template` and `POST <base>/import` of each entry. */
export function mountLedgerRoutes(app: App, entries: readonly LedgerEntry[]): void {
  for (const entry of entries) mountEntry(app, entry);
}

function mountEntry(app: App, entry: LedgerEntry): void {
  const tags = [entry.tag];
  // The module's import permission guards the edge; a register's own permission is checked by the import.
  const importGuard = requirePermission(entry.importPermissions[0] ?? entry.exportPermission);
  app.get(
    `${entry.base}/export`,
    {
      preHandler: requirePermission(entry.exportPermission),
      schema: { tags, summary: `导出${entry.title}（.xlsx / .csv）`, querystring: entry.exportQuery },
    },
    async (request, reply) => {
      const format = request.query.format;
      const write = await entry.openExport(request.ctx, request.query);
      return sendExportStream(reply, format, exportFileName(entry, request.ctx.today, format), write);
    },
  );
  app.get(
    `${entry.base}/import-template`,
    {
      preHandler: importGuard,
      schema: { tags, summary: `${entry.title}导入模板` },
    },
    async (_request, reply) =>
      reply
        .header('Content-Type', CONTENT_TYPES.xlsx)
        .header('Content-Disposition', contentDisposition(`${entry.title}导入模板.xlsx`))
        .send(await entry.template()),
  );
  app.post(
    `${entry.base}/import`,
    {
      preHandler: importGuard,
      schema: {
        tags,
        summary: `导入${entry.title}（全部成功或全部不写入；按${entry.keyHeaders}识别已有记录，重复导入不新增）`,
        consumes: ['multipart/form-data'],
        response: { 200: entry.resultSchema },
      },
    },
    async (request) => {
      const file = await readUploadedFile(request);
      return entry.importFile(request.ctx, file.buffer, file.format);
    },
  );
}
