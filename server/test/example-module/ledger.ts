import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { recordAudits } from '../../platform/audit/index.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { examplePoints as points } from './schema.js';

/** The sheet as users keep it today: one row per village or community. */
export interface PointRow {
  unit: string;
  establishedOn: string;
  hasSign: boolean;
  hasNoticeBoard: boolean;
  hasWechatGroup: boolean;
}

export const pointLedger = defineLedger<PointRow>({
  key: 'example.points',
  sheetName: '评理说事点',
  columns: [
    {
      key: 'unit',
      header: '村（社区）',
      type: 'string',
      required: true,
      unique: true,
      example: '迎宾路社区',
    },
    { key: 'establishedOn', header: '建成日期', type: 'date', required: true, example: '2020-04-30' },
    { key: 'hasSign', header: '标识牌', type: 'boolean', required: true, example: '是' },
    { key: 'hasNoticeBoard', header: '公示板', type: 'boolean', required: true, example: '是' },
    { key: 'hasWechatGroup', header: '微信群', type: 'boolean', required: true, example: '否' },
  ],
});

const PointExportQuery = z.object({ format: LedgerFormatField });
type Prepared = { orgUnitId: string; districtId: string; row: PointRow; id?: string };

/** The ledger entry: the kernel derives its routes and CLI from it. */
export const pointsLedger: LedgerEntrySpec<PointRow, z.output<typeof PointExportQuery>, Prepared> = {
  key: 'example.points',
  ledger: pointLedger,
  title: '评理说事点台账',
  base: '/api/v1/example/points',
  tag: 'example',
  naturalKey: ['unit'],
  export: { permission: 'example.view', query: PointExportQuery, rows: (ctx) => pointRows(ctx) },
  import: {
    permissions: ['example.edit'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx);
      const existing = await idsByUnit(tx, ctx);
      const resolve = (row: PointRow) => {
        const unit = units.get(row.unit.trim());
        if (!unit) return [{ field: 'unit' as const, message: `“${row.unit}”不是您管辖的村（社区）` }];
        return { orgUnitId: unit.id, districtId: unit.districtId, row, id: existing.get(unit.id) };
      };
      return {
        create: resolve,
        change: resolve,
        write: (created, changed) => writePoints(tx, ctx, created, changed),
      };
    },
  },
};

function pointRows(ctx: Ctx) {
  return ctx.db
    .select({
      unit: orgUnits.name,
      establishedOn: points.establishedOn,
      hasSign: points.hasSign,
      hasNoticeBoard: points.hasNoticeBoard,
      hasWechatGroup: points.hasWechatGroup,
    })
    .from(points)
    .innerJoin(orgUnits, eq(orgUnits.id, points.orgUnitId))
    .where(orgScope(ctx.actor!, points.orgUnitId, points.districtId))
    .orderBy(orgUnits.name);
}

async function unitsByName(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(and(orgScope(ctx.actor!, orgUnits.id), eq(orgUnits.districtId, ctx.actor!.districtId)));
  return new Map(rows.map((u) => [u.name, u]));
}

async function idsByUnit(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: points.id, unit: points.orgUnitId })
    .from(points)
    .where(orgScope(ctx.actor!, points.orgUnitId, points.districtId));
  return new Map(rows.map((p) => [p.unit, p.id]));
}

/** Inserts the new points and updates the changed ones, each with its audit event. */
async function writePoints(tx: Tx, ctx: Ctx, created: Prepared[], changed: Prepared[]) {
  const values = (p: Prepared) => ({
    establishedOn: p.row.establishedOn,
    hasSign: p.row.hasSign,
    hasNoticeBoard: p.row.hasNoticeBoard,
    hasWechatGroup: p.row.hasWechatGroup,
  });
  const inserted = created.length
    ? await tx
        .insert(points)
        .values(created.map((p) => ({ ...values(p), orgUnitId: p.orgUnitId, districtId: p.districtId })))
        .returning({ id: points.id, orgUnitId: points.orgUnitId, districtId: points.districtId })
    : [];
  for (const p of changed)
    await tx
      .update(points)
      .set({ ...values(p), updatedAt: ctx.now })
      .where(eq(points.id, p.id!));
  const audit = (
    action: 'example.point.registered' | 'example.point.updated',
    id: string,
    p: { orgUnitId: string; districtId: string },
  ) => ({
    action,
    subjectType: 'example_point',
    subjectId: id,
    orgUnitId: p.orgUnitId,
    districtId: p.districtId,
  });
  await recordAudits(tx, ctx, [
    ...inserted.map((r) => audit('example.point.registered', r.id, r)),
    ...changed.map((p) => audit('example.point.updated', p.id!, p)),
  ]);
  return {};
}
