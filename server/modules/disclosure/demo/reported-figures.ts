/**
 * The demo's imported report figures (data/demo/reported-figures-yuhong.yaml — invented, see its header),
 * imported through the kernel's ledger as a coordinator would, so each row has its source and audit event.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import type { Ctx } from '../../../platform/context.js';
import { makeCtx } from '../../../platform/context.js';
import { importLedger } from '../../../platform/ledgers/index.js';
import { actingUser, defaultDistrictId } from '../../../platform/org/index.js';
import { type FigureLedgerRow, figuresLedger } from '../../../platform/reports/index.js';
import { projectPath } from '../../../platform/paths.js';

const DATA_FILE = projectPath('data/demo/reported-figures-yuhong.yaml');

const DemoFigures = z.object({
  batches: z.array(
    z.object({
      year: z.union([z.number().int(), z.literal('current')]),
      unit: z.string(),
      source: z.string().min(1),
      figures: z.record(z.string(), z.number()),
    }),
  ),
});

/** The file's figures as ledger rows; `current` = the demo's year, its source dated 5 January after it. */
export function demoFigureRows(currentYear: number): FigureLedgerRow[] {
  const data = DemoFigures.parse(load(readFileSync(DATA_FILE, 'utf8')));
  // A demo dated in 2020 has no later year to report on (and the 2021 format's keys do not apply to 2020).
  const batches = data.batches.filter((b) => b.year !== 'current' || currentYear > 2020);
  return batches.flatMap((b) => {
    const year = b.year === 'current' ? currentYear : b.year;
    const source = b.year === 'current' ? `${b.source} ${currentYear + 1}-01-05` : b.source;
    return Object.entries(b.figures).map(([figureKey, value]) => ({
      unitCode: b.unit,
      unitName: null,
      year,
      figureKey,
      figureLabel: null,
      value,
      source,
      note: null,
    }));
  });
}

/** Imports the demo figures (a second load finds them unchanged and adds nothing). */
export async function loadReportedFiguresDemo(ctx: Ctx): Promise<void> {
  const districtId = await defaultDistrictId(ctx.db);
  const actor = await actingUser(ctx.db, { role: 'coordinator', districtId });
  const rows = demoFigureRows(Number(ctx.today.slice(0, 4)));
  const asCoordinator = makeCtx(ctx.db, actor, ctx.requestId, ctx.now);
  await importLedger(figuresLedger, asCoordinator, {
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    errors: [],
  });
}
