/**
 * The 评理说事点 ledger (《村(居)民评理说事点建设工作台账》, seed 一(三)一): one row per village or community with
 * its checklist and staff, idempotent on the unit's code. A register of facts: a changed row updates the point.
 */
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
import { mediationScope } from './policy.js';
import { type NamedPerson, mediationPoints as points } from './schema.js';
import { registerPoints } from './service.js';

export interface PointRow {
  unitCode: string;
  unit: string;
  establishedOn: string;
  hasSign: boolean;
  hasNoticeBoard: boolean;
  hasContactCards: boolean;
  hasLogBook: boolean;
  hasWechatGroup: boolean;
  head: string;
  speakers: string;
  informants: string;
  lawyer: string;
}

const yes = (header: string, key: keyof PointRow) =>
  ({ key, header, type: 'boolean', required: true, example: '是' }) as const;

export const pointLedger = defineLedger<PointRow>({
  key: 'mediation.points',
  sheetName: '评理说事点',
  columns: [
    {
      key: 'unitCode',
      header: '村（社区）代码',
      type: 'string',
      required: true,
      unique: true,
      example: '210114-S01-V001',
    },
    { key: 'unit', header: '村（社区）', type: 'string', required: false, example: '和平社区' },
    { key: 'establishedOn', header: '建成日期', type: 'date', required: true, example: '2020-04-30' },
    yes('标识牌', 'hasSign'),
    yes('公示板', 'hasNoticeBoard'),
    yes('联系卡', 'hasContactCards'),
    yes('记录本', 'hasLogBook'),
    yes('微信群', 'hasWechatGroup'),
    { key: 'head', header: '负责人', type: 'string', required: false, example: '王建国' },
    {
      key: 'speakers',
      header: '说事员（顿号分隔）',
      type: 'string',
      required: false,
      example: '李秀英、张伟',
    },
    { key: 'informants', header: '信息员（顿号分隔）', type: 'string', required: false, example: '赵强' },
    {
      key: 'lawyer',
      header: '法律顾问',
      type: 'string',
      required: false,
      example: '刘明（辽宁同方律师事务所）',
    },
  ],
});

const Query = z.object({ format: LedgerFormatField });
type Prepared = { orgUnitId: string; districtId: string; row: PointRow; id?: string };

const names = (people: NamedPerson[] | null | undefined) => (people ?? []).map((p) => p.name).join('、');
const people = (text: string, role: string): NamedPerson[] =>
  text
    .split(/[、,，]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => ({ name, role }));

export const pointsLedger: LedgerEntrySpec<PointRow, z.output<typeof Query>, Prepared> = {
  key: 'mediation.points',
  ledger: pointLedger,
  title: '村(居)民评理说事点建设工作台账',
  base: '/api/v1/mediation/points',
  tag: 'mediation',
  naturalKey: ['unitCode'],
  exportOnly: ['unit'],
  export: { permission: 'mediation.view', query: Query, rows: (ctx) => pointRows(ctx) },
  import: {
    permissions: ['mediation.edit'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await villagesInScope(tx, ctx);
      const existing = new Map(
        (
          await tx
            .select({ id: points.id, unit: points.orgUnitId })
            .from(points)
            .where(mediationScope(ctx.actor!, points))
        ).map((p) => [p.unit, p.id]),
      );
      const resolve = (row: PointRow) => {
        const unit = units.get(row.unitCode.trim());
        if (!unit)
          return [{ field: 'unitCode' as const, message: `“${row.unitCode}”不是您管辖的村（社区）` }];
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

async function pointRows(ctx: Ctx): Promise<PointRow[]> {
  const rows = await ctx.db
    .select({ code: orgUnits.code, name: orgUnits.name, p: points })
    .from(points)
    .innerJoin(orgUnits, eq(orgUnits.id, points.orgUnitId))
    .where(mediationScope(ctx.actor!, points))
    .orderBy(orgUnits.code);
  return rows.map(({ code, name, p }) => ({
    unitCode: code,
    unit: name,
    establishedOn: p.establishedOn,
    hasSign: p.hasSign,
    hasNoticeBoard: p.hasNoticeBoard,
    hasContactCards: p.hasContactCards,
    hasLogBook: p.hasLogBook,
    hasWechatGroup: p.hasWechatGroup,
    head: p.head?.name ?? '',
    speakers: names(p.speakers),
    informants: names(p.informants),
    lawyer: p.lawyerName ?? '',
  }));
}

async function villagesInScope(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: orgUnits.id, code: orgUnits.code, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(
      and(
        orgScope(ctx.actor!, orgUnits.id),
        eq(orgUnits.districtId, ctx.actor!.districtId),
        eq(orgUnits.type, 'village'),
      ),
    );
  return new Map(rows.map((u) => [u.code, u]));
}

function values(p: Prepared) {
  const r = p.row;
  return {
    establishedOn: r.establishedOn,
    hasSign: r.hasSign,
    hasNoticeBoard: r.hasNoticeBoard,
    hasContactCards: r.hasContactCards,
    hasLogBook: r.hasLogBook,
    hasWechatGroup: r.hasWechatGroup,
    head: r.head?.trim() ? { name: r.head.trim(), role: '负责人' } : null,
    speakers: people(r.speakers ?? '', '说事员'),
    informants: people(r.informants ?? '', '信息员'),
    lawyerName: r.lawyer?.trim() || null,
  };
}

/** New points through the service; changed ones updated here, each with its audit event. */
async function writePoints(
  tx: Tx,
  ctx: Ctx,
  created: Prepared[],
  changed: Prepared[],
): Promise<Record<string, unknown>> {
  if (created.length)
    await registerPoints(
      tx,
      ctx,
      created.map((p) => ({ ...values(p), orgUnitId: p.orgUnitId, districtId: p.districtId })),
    );
  for (const p of changed)
    await tx
      .update(points)
      .set({ ...values(p), updatedAt: ctx.now })
      .where(eq(points.id, p.id!));
  await recordAudits(
    tx,
    ctx,
    changed.map((p) => ({
      action: 'mediation.point.updated' as const,
      subjectType: 'mediation_point',
      subjectId: p.id!,
      orgUnitId: p.orgUnitId,
      districtId: p.districtId,
    })),
  );
  return {};
}
