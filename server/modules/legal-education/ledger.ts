/**
 * The 台账 of 学法 and 普法 (.xlsx / .csv): study sessions, activities, responsibility lists. Each is a register
 * of facts: a re-imported row with a known code updates its record, an equal row is `unchanged`, one bad row
 * and nothing is written (the kernel's ledger import).
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import {
  ACTIVITY_THEMES,
  ACTIVITY_VENUES,
  DUTY_SOURCES,
  SESSION_KINDS,
} from '../../../common/contracts/legal-education.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { activities, attendance, duties, leaders, sessions } from './schema.js';
import { districtRoot } from './service/units.js';

const dict = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ExportQuery = z.object({ format: LedgerFormatField });
type Query = z.output<typeof ExportQuery>;
const SEP = /[、,，;；\s]+/;

type Audit = Omit<AuditInput, 'action'> & { action: AuditInput['action'] };
const audit = (
  action: AuditInput['action'],
  subjectType: string,
  r: { id: string; orgUnitId: string; districtId: string },
  after: unknown,
): Audit => ({
  action,
  subjectType,
  subjectId: r.id,
  orgUnitId: r.orgUnitId,
  districtId: r.districtId,
  after,
});

/** The units the actor may act for, by full name and short name. */
async function unitsByName(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      shortName: orgUnits.shortName,
      districtId: orgUnits.districtId,
    })
    .from(orgUnits)
    .where(and(orgScope(ctx.actor!, orgUnits.id), eq(orgUnits.districtId, ctx.actor!.districtId)));
  const map = new Map<string, (typeof rows)[number]>();
  for (const u of rows) {
    map.set(u.name, u);
    if (u.shortName && !map.has(u.shortName)) map.set(u.shortName, u);
  }
  return map;
}

// ── Study sessions ─────────────────────────────────────────────────────

export type SessionLedgerRow = {
  code: string;
  kind: string;
  heldOn: string;
  topic: string;
  speaker: string | null;
  hours: number;
  present: string | null;
  absent: string | null;
};

export const sessionLedger = defineLedger<SessionLedgerRow>({
  key: 'legal_education.sessions',
  sheetName: '领导干部学法',
  columns: [
    {
      key: 'code',
      header: '编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      example: 'XF-2020-01',
    },
    {
      key: 'kind',
      header: '学法形式',
      type: 'enum',
      required: true,
      dict: dict(SESSION_KINDS),
      example: '常务会议会前学法',
    },
    { key: 'heldOn', header: '学法日期', type: 'date', required: true, example: '2020-03-12' },
    {
      key: 'topic',
      header: '学法主题',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '《中华人民共和国民法典》',
    },
    { key: 'speaker', header: '主讲人', type: 'string', maxLength: 80, example: '区司法局局长' },
    { key: 'hours', header: '学时', type: 'decimal', required: true, min: 0.5, max: 24, example: '1' },
    {
      key: 'present',
      header: '出席领导',
      type: 'text',
      maxLength: 2000,
      note: '学法名册中的姓名，多人用“、”分隔',
    },
    {
      key: 'absent',
      header: '缺席领导',
      type: 'text',
      maxLength: 2000,
      note: '学法名册中的姓名，多人用“、”分隔',
    },
  ],
});

type PreparedSession = { row: SessionLedgerRow; id?: string; present: string[]; absent: string[] };

async function sessionRows(ctx: Ctx): Promise<SessionLedgerRow[]> {
  const result = await ctx.db.execute<SessionLedgerRow>(sql`
    SELECT s.code, s.kind, s.held_on AS "heldOn", s.topic, s.speaker, s.hours::float AS hours,
      (SELECT string_agg(l.name, '、' ORDER BY l.code) FROM ${attendance} a JOIN ${leaders} l ON l.id = a.leader_id
        WHERE a.session_id = s.id AND a.present) AS present,
      (SELECT string_agg(l.name, '、' ORDER BY l.code) FROM ${attendance} a JOIN ${leaders} l ON l.id = a.leader_id
        WHERE a.session_id = s.id AND NOT a.present) AS absent
    FROM ${sessions} s WHERE ${orgScope(ctx.actor!, sql`s.org_unit_id`)} AND s.district_id = ${ctx.actor!.districtId}
    ORDER BY s.held_on, s.code`);
  return result.rows;
}

export const sessionsLedger: LedgerEntrySpec<SessionLedgerRow, Query, PreparedSession> = {
  key: 'legal_education.sessions',
  ledger: sessionLedger,
  title: '领导干部学法台账',
  base: '/api/v1/legal-education/sessions',
  tag: 'legal-education',
  naturalKey: ['code'],
  export: { permission: 'legal_education.export', query: ExportQuery, rows: (ctx) => sessionRows(ctx) },
  import: {
    permissions: ['legal_education.study'],
    changed: '',
    prepare: async (tx, ctx) => {
      const roster = await tx
        .select({ id: leaders.id, name: leaders.name })
        .from(leaders)
        .where(eq(leaders.districtId, ctx.actor!.districtId));
      const byName = new Map(roster.map((l) => [l.name, l.id]));
      const existing = await tx
        .select({ id: sessions.id, code: sessions.code })
        .from(sessions)
        .where(eq(sessions.districtId, ctx.actor!.districtId));
      const idOf = new Map(existing.map((e) => [e.code, e.id]));
      const resolve = (row: SessionLedgerRow): FieldProblem<SessionLedgerRow>[] | PreparedSession => {
        const problems: FieldProblem<SessionLedgerRow>[] = [];
        const names = (v: string | null, field: 'present' | 'absent') => {
          const list = (v ?? '').split(SEP).filter(Boolean);
          for (const n of list) if (!byName.has(n)) problems.push({ field, message: `“${n}”不在学法名册中` });
          return list.map((n) => byName.get(n)!);
        };
        const present = names(row.present, 'present');
        const absent = names(row.absent, 'absent');
        if (present.some((p) => absent.includes(p)))
          problems.push({ field: 'absent', message: '同一领导既出席又缺席' });
        if (row.heldOn > ctx.today) problems.push({ field: 'heldOn', message: '学法日期不能晚于今天' });
        return problems.length ? problems : { row, id: idOf.get(row.code), present, absent };
      };
      return {
        create: resolve,
        change: resolve,
        write: (created, changed) => writeSessions(tx, ctx, created, changed),
      };
    },
  },
};

async function writeSessions(tx: Tx, ctx: Ctx, created: PreparedSession[], changed: PreparedSession[]) {
  const root = await districtRoot(tx, ctx.actor!.districtId);
  const fields = (p: PreparedSession) => ({
    code: p.row.code,
    kind: p.row.kind,
    heldOn: p.row.heldOn,
    topic: p.row.topic,
    speaker: p.row.speaker,
    hours: p.row.hours,
  });
  const events: Audit[] = [];
  for (const p of [...created, ...changed]) {
    const [row] = p.id
      ? await tx
          .update(sessions)
          .set({ ...fields(p), version: sql`${sessions.version} + 1`, updatedAt: ctx.now })
          .where(eq(sessions.id, p.id))
          .returning()
      : await tx
          .insert(sessions)
          .values({ ...fields(p), districtId: root.districtId, orgUnitId: root.id })
          .returning();
    await tx.delete(attendance).where(eq(attendance.sessionId, row!.id));
    const list = [
      ...p.present.map((id) => ({ id, present: true })),
      ...p.absent.map((id) => ({ id, present: false })),
    ];
    if (list.length)
      await tx.insert(attendance).values(
        list.map((a) => ({
          districtId: root.districtId,
          sessionId: row!.id,
          leaderId: a.id,
          present: a.present,
        })),
      );
    events.push(
      audit(
        p.id ? 'legal_education.session.updated' : 'legal_education.session.imported',
        'legal_education_session',
        row!,
        p.row,
      ),
    );
  }
  await recordAudits(tx, ctx, events);
  return {};
}

// ── Activities ─────────────────────────────────────────────────────────

export type ActivityLedgerRow = {
  code: string;
  heldOn: string;
  theme: string;
  venue: string;
  title: string;
  unit: string;
  audience: number;
  photos: string | null;
};

export const activityLedger = defineLedger<ActivityLedgerRow>({
  key: 'legal_education.activities',
  sheetName: '普法活动',
  columns: [
    {
      key: 'code',
      header: '编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      example: 'PF-2020-001',
    },
    { key: 'heldOn', header: '活动日期', type: 'date', required: true, example: '2020-12-04' },
    {
      key: 'theme',
      header: '主题',
      type: 'enum',
      required: true,
      dict: dict(ACTIVITY_THEMES),
      example: '宪法宣传周',
    },
    {
      key: 'venue',
      header: '场所',
      type: 'enum',
      required: true,
      dict: dict(ACTIVITY_VENUES),
      example: '进社区',
    },
    { key: 'title', header: '活动名称', type: 'string', required: true, maxLength: 200 },
    { key: 'unit', header: '主办单位', type: 'string', required: true, maxLength: 60, example: '区司法局' },
    {
      key: 'audience',
      header: '受众人数',
      type: 'integer',
      required: true,
      min: 0,
      max: 1_000_000,
      example: '300',
    },
    { key: 'photos', header: '照片', type: 'text', maxLength: 2000, note: '照片文件名，多张用“、”分隔' },
  ],
});

type PreparedActivity = { row: ActivityLedgerRow; id?: string; orgUnitId: string; districtId: string };

async function activityRows(ctx: Ctx): Promise<ActivityLedgerRow[]> {
  const result = await ctx.db.execute<ActivityLedgerRow>(sql`
    SELECT a.code, a.held_on AS "heldOn", a.theme, a.venue, a.title, u.name AS unit, a.audience,
      nullif(array_to_string(ARRAY(SELECT jsonb_array_elements_text(a.photos)), '、'), '') AS photos
    FROM ${activities} a JOIN org_units u ON u.id = a.org_unit_id
    WHERE ${orgScope(ctx.actor!, sql`a.org_unit_id`)} AND a.district_id = ${ctx.actor!.districtId}
    ORDER BY a.held_on, a.code`);
  return result.rows;
}

export const activitiesLedger: LedgerEntrySpec<ActivityLedgerRow, Query, PreparedActivity> = {
  key: 'legal_education.activities',
  ledger: activityLedger,
  title: '普法活动台账',
  base: '/api/v1/legal-education/activities',
  tag: 'legal-education',
  naturalKey: ['code'],
  export: { permission: 'legal_education.export', query: ExportQuery, rows: (ctx) => activityRows(ctx) },
  import: {
    permissions: ['legal_education.popularise'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx);
      const existing = await tx
        .select({ id: activities.id, code: activities.code })
        .from(activities)
        .where(eq(activities.districtId, ctx.actor!.districtId));
      const idOf = new Map(existing.map((e) => [e.code, e.id]));
      const resolve = (row: ActivityLedgerRow): FieldProblem<ActivityLedgerRow>[] | PreparedActivity => {
        const unit = units.get(row.unit.trim());
        const problems: FieldProblem<ActivityLedgerRow>[] = [];
        if (!unit) problems.push({ field: 'unit', message: `“${row.unit}”不是您管辖的单位` });
        if (row.heldOn > ctx.today) problems.push({ field: 'heldOn', message: '活动日期不能晚于今天' });
        return problems.length
          ? problems
          : { row, id: idOf.get(row.code), orgUnitId: unit!.id, districtId: unit!.districtId };
      };
      return {
        create: resolve,
        change: resolve,
        write: (created, changed) => writeActivities(tx, ctx, created, changed),
      };
    },
  },
};

async function writeActivities(tx: Tx, ctx: Ctx, created: PreparedActivity[], changed: PreparedActivity[]) {
  const values = (p: PreparedActivity) => ({
    code: p.row.code,
    heldOn: p.row.heldOn,
    theme: p.row.theme,
    venue: p.row.venue,
    title: p.row.title,
    audience: p.row.audience,
    photos: (p.row.photos ?? '').split(SEP).filter(Boolean),
    orgUnitId: p.orgUnitId,
    districtId: p.districtId,
  });
  const inserted = created.length ? await tx.insert(activities).values(created.map(values)).returning() : [];
  const updated = [];
  for (const p of changed) {
    const [row] = await tx
      .update(activities)
      .set({ ...values(p), version: sql`${activities.version} + 1`, updatedAt: ctx.now })
      .where(eq(activities.id, p.id!))
      .returning();
    updated.push(row!);
  }
  await recordAudits(tx, ctx, [
    ...inserted.map((r) =>
      audit('legal_education.activity.imported', 'legal_education_activity', r, { code: r.code }),
    ),
    ...updated.map((r) =>
      audit('legal_education.activity.updated', 'legal_education_activity', r, { code: r.code }),
    ),
  ]);
  return {};
}

// ── Responsibility lists ───────────────────────────────────────────────

export type DutyLedgerRow = {
  code: string;
  unit: string;
  law: string;
  duty: string;
  audience: string;
  source: string | null;
  powers: number | null;
};

export const dutyLedger = defineLedger<DutyLedgerRow>({
  key: 'legal_education.duties',
  sheetName: '普法责任清单',
  columns: [
    {
      key: 'code',
      header: '编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      example: '210114-D22-L01',
    },
    {
      key: 'unit',
      header: '责任单位',
      type: 'string',
      required: true,
      maxLength: 60,
      example: '区市场监督管理局',
    },
    {
      key: 'law',
      header: '法律法规',
      type: 'string',
      required: true,
      maxLength: 120,
      example: '中华人民共和国食品安全法',
    },
    { key: 'duty', header: '普法责任', type: 'text', required: true, maxLength: 1000 },
    { key: 'audience', header: '普法对象', type: 'string', required: true, maxLength: 200 },
    { key: 'source', header: '来源', type: 'enum', dict: dict(DUTY_SOURCES), note: '导出时填写，导入时忽略' },
    { key: 'powers', header: '涉及权责事项数', type: 'integer', min: 0, note: '导出时填写，导入时忽略' },
  ],
});

type PreparedDuty = { row: DutyLedgerRow; id?: string; orgUnitId: string; districtId: string };

async function dutyRows(ctx: Ctx): Promise<DutyLedgerRow[]> {
  const result = await ctx.db.execute<DutyLedgerRow>(sql`
    SELECT d.code, u.name AS unit, d.law, d.duty, d.audience, d.source, d.powers
    FROM ${duties} d JOIN org_units u ON u.id = d.org_unit_id
    WHERE ${orgScope(ctx.actor!, sql`d.org_unit_id`)} AND d.district_id = ${ctx.actor!.districtId}
    ORDER BY u.code, d.code`);
  return result.rows;
}

export const dutiesLedger: LedgerEntrySpec<DutyLedgerRow, Query, PreparedDuty> = {
  key: 'legal_education.duties',
  ledger: dutyLedger,
  title: '普法责任清单',
  base: '/api/v1/legal-education/duties',
  tag: 'legal-education',
  naturalKey: ['code'],
  exportOnly: ['source', 'powers'],
  export: { permission: 'legal_education.export', query: ExportQuery, rows: (ctx) => dutyRows(ctx) },
  import: {
    permissions: ['legal_education.popularise'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx);
      const existing = await tx
        .select({ id: duties.id, code: duties.code, orgUnitId: duties.orgUnitId })
        .from(duties)
        .where(eq(duties.districtId, ctx.actor!.districtId));
      const byCode = new Map(existing.map((e) => [e.code, e]));
      const resolve = (row: DutyLedgerRow): FieldProblem<DutyLedgerRow>[] | PreparedDuty => {
        const unit = units.get(row.unit.trim());
        if (!unit) return [{ field: 'unit', message: `“${row.unit}”不是您管辖的单位` }];
        const known = byCode.get(row.code);
        if (known && known.orgUnitId !== unit.id)
          return [{ field: 'unit', message: '清单条目不能改到其他单位' }];
        return { row, id: known?.id, orgUnitId: unit.id, districtId: unit.districtId };
      };
      return {
        create: resolve,
        change: resolve,
        write: (created, changed) => writeDuties(tx, ctx, created, changed),
      };
    },
  },
};

async function writeDuties(tx: Tx, ctx: Ctx, created: PreparedDuty[], changed: PreparedDuty[]) {
  const text = (p: PreparedDuty) => ({ law: p.row.law, duty: p.row.duty, audience: p.row.audience });
  const inserted = created.length
    ? await tx
        .insert(duties)
        .values(
          created.map((p) => ({
            ...text(p),
            code: p.row.code,
            source: 'manual',
            orgUnitId: p.orgUnitId,
            districtId: p.districtId,
          })),
        )
        .returning()
    : [];
  const updated = [];
  for (const p of changed) {
    const [row] = await tx
      .update(duties)
      .set({ ...text(p), version: sql`${duties.version} + 1`, updatedAt: ctx.now })
      .where(eq(duties.id, p.id!))
      .returning();
    updated.push(row!);
  }
  await recordAudits(tx, ctx, [
    ...inserted.map((r) =>
      audit('legal_education.duty.imported', 'legal_education_duty', r, { code: r.code, law: r.law }),
    ),
    ...updated.map((r) =>
      audit('legal_education.duty.updated', 'legal_education_duty', r, { code: r.code, law: r.law }),
    ),
  ]);
  return {};
}
