/**
 * The committees, 说事 log and cases ledgers (issue #16: import/export of the mediation ledgers), each
 * idempotent on its number, all or nothing, every bad row listed (the kit's ledger entries). Committees and
 * the log are registers of facts: a changed row updates the record. A case moves only through its procedure:
 * a changed case row is refused; a new one is registered as it stands in the kept ledger.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { zhText } from '../../../common/text/localized.js';
import { recordAudits } from '../../platform/audit/index.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { mediationScope } from './policy.js';
import { CASE_STATES } from './procedure.js';
import {
  AGREEMENT_FORMS,
  CASE_CATEGORIES,
  CASE_RESULTS,
  CASE_SOURCES,
  COMMITTEE_LEVELS,
  committeeProblems,
  COURT_TRANSFERS,
  LOG_HANDLINGS,
  LOG_KINDS,
} from './rules.js';
import {
  type NamedPerson,
  mediationCases as cases,
  mediationCommittees as committees,
  mediationLogEntries as log,
} from './schema.js';
import { logMatters, registerCases, registerCommittees } from './service.js';

const Query = z.object({ format: LedgerFormatField });
type Q = z.output<typeof Query>;
type Problem<R> = { field: keyof R & string; message: string };
const STATE_LABELS = Object.fromEntries(
  Object.entries(CASE_STATES).map(([k, v]) => [k, zhText(v.label)]),
) as Record<string, string>;
const unitCol = { key: 'unitCode', header: '村（社区、街道）代码', type: 'string', required: true } as const;
const unitName = { key: 'unit', header: '村（社区、街道）', type: 'string', required: false } as const;

/** The org units in the actor's scope by code (the import's lookup; another street's is “not yours”). */
async function unitsInScope(tx: Tx, ctx: Ctx, types: readonly ('village' | 'street')[]) {
  const rows = await tx
    .select({ id: orgUnits.id, code: orgUnits.code, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(
      and(
        orgScope(ctx.actor!, orgUnits.id),
        eq(orgUnits.districtId, ctx.actor!.districtId),
        inArray(orgUnits.type, [...types]),
      ),
    );
  return new Map(rows.map((u) => [u.code, u]));
}
const notYours = <R>(row: { unitCode: string }): Problem<R>[] => [
  { field: 'unitCode' as keyof R & string, message: `“${row.unitCode}”不是您管辖的村（社区、街道）` },
];

const split = (text: string | null | undefined) =>
  (text ?? '')
    .split(/[、,，]/)
    .map((s) => s.trim())
    .filter(Boolean);

// ---------------------------------------------------------------------------------------------- committees

/** A member as the sheet writes one: 姓名（职务，性别）. */
const GENDER_ZH = { female: '女', male: '男' } as const;
export function memberText(p: NamedPerson): string {
  const facts = [p.role, p.gender ? GENDER_ZH[p.gender] : null].filter(Boolean);
  return facts.length ? `${p.name}（${facts.join('，')}）` : p.name;
}
export function parseMember(text: string): NamedPerson {
  const m = /^(.+?)（(.*)）$/.exec(text.trim());
  if (!m) return { name: text.trim() };
  const facts = m[2]!.split(/[，,]/).map((s) => s.trim());
  const gender = facts.includes('女') ? 'female' : facts.includes('男') ? 'male' : undefined;
  const role = facts.find((f) => f !== '女' && f !== '男');
  return { name: m[1]!.trim(), ...(role ? { role } : {}), ...(gender ? { gender } : {}) };
}

export interface CommitteeRow {
  number: string;
  name: string;
  unitCode: string;
  unit: string;
  level: string;
  members: string;
  termStartOn: string;
  termEndOn: string;
}

export const committeeLedger = defineLedger<CommitteeRow>({
  key: 'mediation.committees',
  sheetName: '人民调解委员会',
  columns: [
    {
      key: 'number',
      header: '委员会编号',
      type: 'string',
      required: true,
      unique: true,
      example: 'TWH-210114-S01',
    },
    { key: 'name', header: '名称', type: 'string', required: true, example: '迎宾路街道人民调解委员会' },
    { ...unitCol, example: '210114-S01' },
    { ...unitName, example: '迎宾路街道' },
    {
      key: 'level',
      header: '类别',
      type: 'enum',
      required: true,
      dict: COMMITTEE_LEVELS,
      example: '街道调委会',
    },
    {
      key: 'members',
      header: '委员（姓名（职务，性别），顿号分隔）',
      type: 'text',
      required: true,
      example: '王建国（主任，男）、李秀英（委员，女）、张伟（委员，男）',
      note: '三至九人，应有妇女成员（人民调解法第八条）',
    },
    { key: 'termStartOn', header: '任期开始日', type: 'date', required: true, example: '2024-07-01' },
    {
      key: 'termEndOn',
      header: '任期届满日',
      type: 'date',
      required: true,
      example: '2027-06-30',
      note: '每届三年（第九条）',
    },
  ],
});

type CommitteePrepared = { id?: string; orgUnitId: string; districtId: string; row: CommitteeRow };

function committeeValues(p: CommitteePrepared) {
  return {
    number: p.row.number.trim(),
    name: p.row.name.trim(),
    orgUnitId: p.orgUnitId,
    districtId: p.districtId,
    level: p.row.level,
    // Members are separated by 、 only: a member's own （职务，性别） holds a comma.
    members: p.row.members
      .split('、')
      .map((x) => x.trim())
      .filter(Boolean)
      .map(parseMember),
    termStartOn: p.row.termStartOn,
    termEndOn: p.row.termEndOn,
  };
}

export const committeesLedger: LedgerEntrySpec<CommitteeRow, Q, CommitteePrepared> = {
  key: 'mediation.committees',
  ledger: committeeLedger,
  title: '人民调解委员会台账',
  base: '/api/v1/mediation/committees',
  tag: 'mediation',
  naturalKey: ['number'],
  exportOnly: ['unit'],
  export: {
    permission: 'mediation.view',
    query: Query,
    rows: async (ctx) =>
      (
        await ctx.db
          .select({ m: committees, code: orgUnits.code, unit: orgUnits.name })
          .from(committees)
          .innerJoin(orgUnits, eq(orgUnits.id, committees.orgUnitId))
          .where(mediationScope(ctx.actor!, committees))
          .orderBy(committees.number)
      ).map(({ m, code, unit }) => ({
        number: m.number,
        name: m.name,
        unitCode: code,
        unit,
        level: m.level,
        members: m.members.map(memberText).join('、'),
        termStartOn: m.termStartOn,
        termEndOn: m.termEndOn,
      })),
  },
  import: {
    permissions: ['mediation.edit'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsInScope(tx, ctx, ['village', 'street']);
      const existing = new Map(
        (
          await tx
            .select({ id: committees.id, number: committees.number })
            .from(committees)
            .where(mediationScope(ctx.actor!, committees))
        ).map((c) => [c.number, c.id]),
      );
      const resolve = (row: CommitteeRow) => {
        const unit = units.get(row.unitCode.trim());
        if (!unit) return notYours<CommitteeRow>(row);
        const p = {
          id: existing.get(row.number.trim()),
          orgUnitId: unit.id,
          districtId: unit.districtId,
          row,
        };
        // One message per column (the sheet shows one per cell): a column's problems joined.
        const byField = new Map<string, string[]>();
        for (const x of committeeProblems(committeeValues(p)))
          byField.set(x.field, [...(byField.get(x.field) ?? []), x.message]);
        return byField.size
          ? [...byField].map(([field, m]) => ({
              field: field as keyof CommitteeRow & string,
              message: m.join('；'),
            }))
          : p;
      };
      return {
        create: resolve,
        change: resolve,
        write: async (created, changed) => {
          if (created.length) await registerCommittees(tx, ctx, created.map(committeeValues));
          for (const p of changed)
            await tx
              .update(committees)
              .set({ ...committeeValues(p), updatedAt: ctx.now })
              .where(eq(committees.id, p.id!));
          await recordAudits(
            tx,
            ctx,
            changed.map((p) => ({
              action: 'mediation.committee.updated' as const,
              subjectType: 'mediation_committee',
              subjectId: p.id!,
              orgUnitId: p.orgUnitId,
              districtId: p.districtId,
            })),
          );
          return {};
        },
      };
    },
  },
};

// ------------------------------------------------------------------------------------------------ 说事 log

export interface LogRow {
  number: string;
  unitCode: string;
  unit: string;
  occurredOn: string;
  kind: string;
  raisedBy: string;
  summary: string;
  handling: string;
  result: string | null;
  closedOn: string | null;
  revisitOn: string | null;
  caseNumber: string | null;
}

export const logLedger = defineLedger<LogRow>({
  key: 'mediation.log',
  sheetName: '说事登记',
  columns: [
    {
      key: 'number',
      header: '登记编号',
      type: 'string',
      required: true,
      unique: true,
      example: 'SS2026-00001',
    },
    { ...unitCol, example: '210114-S01-V001' },
    { ...unitName, example: '和平社区' },
    { key: 'occurredOn', header: '日期', type: 'date', required: true, example: '2026-03-02' },
    { key: 'kind', header: '事项类型', type: 'enum', required: true, dict: LOG_KINDS, example: '矛盾纠纷' },
    { key: 'raisedBy', header: '反映人', type: 'string', required: true, example: '张伟' },
    { key: 'summary', header: '事项内容', type: 'text', required: true, example: '宅基地边界围栏越界争议' },
    {
      key: 'handling',
      header: '处理方式',
      type: 'enum',
      required: true,
      dict: LOG_HANDLINGS,
      example: '当场答复',
    },
    { key: 'result', header: '处理结果', type: 'text', required: false, example: '已办结' },
    { key: 'closedOn', header: '办结日期', type: 'date', required: false, example: '2026-03-02' },
    { key: 'revisitOn', header: '回访日期', type: 'date', required: false, example: '2026-03-16' },
    {
      key: 'caseNumber',
      header: '调解案件编号',
      type: 'string',
      required: false,
      example: 'TJ2026-0001',
      note: '转人民调解委员会的事项填写所受理案件的编号',
    },
  ],
});

type LogPrepared = { id?: string; orgUnitId: string; districtId: string; caseId: string | null; row: LogRow };

function logValues(p: LogPrepared) {
  const r = p.row;
  return {
    number: r.number.trim(),
    orgUnitId: p.orgUnitId,
    districtId: p.districtId,
    occurredOn: r.occurredOn,
    kind: r.kind,
    raisedBy: r.raisedBy.trim(),
    summary: r.summary.trim(),
    handling: r.handling,
    result: r.result?.trim() || null,
    closedOn: r.closedOn || null,
    revisitOn: r.revisitOn || null,
    caseId: p.caseId,
  };
}

export const logEntriesLedger: LedgerEntrySpec<LogRow, Q, LogPrepared> = {
  key: 'mediation.log',
  ledger: logLedger,
  title: '村(居)民评理说事登记台账',
  base: '/api/v1/mediation/log',
  tag: 'mediation',
  naturalKey: ['number'],
  exportOnly: ['unit'],
  export: {
    permission: 'mediation.view',
    query: Query,
    rows: async (ctx) =>
      (
        await ctx.db
          .select({ e: log, code: orgUnits.code, unit: orgUnits.name, caseNumber: cases.number })
          .from(log)
          .innerJoin(orgUnits, eq(orgUnits.id, log.orgUnitId))
          .leftJoin(cases, eq(cases.id, log.caseId))
          .where(mediationScope(ctx.actor!, log))
          .orderBy(log.number)
      ).map(({ e, code, unit, caseNumber }) => ({
        number: e.number,
        unitCode: code,
        unit,
        occurredOn: e.occurredOn,
        kind: e.kind,
        raisedBy: e.raisedBy,
        summary: e.summary,
        handling: e.handling,
        result: e.result,
        closedOn: e.closedOn,
        revisitOn: e.revisitOn,
        caseNumber,
      })),
  },
  import: {
    permissions: ['mediation.edit'],
    changed: '',
    prepare: async (tx, ctx) => {
      const units = await unitsInScope(tx, ctx, ['village']);
      const existing = new Map(
        (
          await tx.select({ id: log.id, number: log.number }).from(log).where(mediationScope(ctx.actor!, log))
        ).map((e) => [e.number, e.id]),
      );
      const caseIds = new Map(
        (
          await tx
            .select({ id: cases.id, number: cases.number })
            .from(cases)
            .where(mediationScope(ctx.actor!, cases))
        ).map((c) => [c.number, c.id]),
      );
      const resolve = (row: LogRow) => {
        const unit = units.get(row.unitCode.trim());
        if (!unit) return notYours<LogRow>(row);
        const problems: Problem<LogRow>[] = [];
        if (row.occurredOn > ctx.today) problems.push({ field: 'occurredOn', message: '日期不能晚于今天' });
        if (row.closedOn && row.closedOn < row.occurredOn)
          problems.push({ field: 'closedOn', message: '办结日期不能早于登记日期' });
        const caseId = row.caseNumber?.trim() ? (caseIds.get(row.caseNumber.trim()) ?? null) : null;
        if (row.caseNumber?.trim() && !caseId)
          problems.push({ field: 'caseNumber', message: `没有编号为“${row.caseNumber}”的调解案件` });
        if (problems.length) return problems;
        return {
          id: existing.get(row.number.trim()),
          orgUnitId: unit.id,
          districtId: unit.districtId,
          caseId,
          row,
        };
      };
      return {
        create: resolve,
        change: resolve,
        write: async (created, changed) => {
          if (created.length) await logMatters(tx, ctx, created.map(logValues));
          for (const p of changed)
            await tx
              .update(log)
              .set({ ...logValues(p), updatedAt: ctx.now })
              .where(eq(log.id, p.id!));
          await recordAudits(
            tx,
            ctx,
            changed.map((p) => ({
              action: 'mediation.log.updated' as const,
              subjectType: 'mediation_log_entry',
              subjectId: p.id!,
              orgUnitId: p.orgUnitId,
              districtId: p.districtId,
            })),
          );
          return {};
        },
      };
    },
  },
};

// ------------------------------------------------------------------------------------------------- cases

export interface CaseRow {
  number: string;
  unitCode: string;
  unit: string;
  source: string;
  category: string;
  summary: string;
  parties: string;
  mediators: string | null;
  registeredOn: string;
  state: string;
  result: string | null;
  concludedOn: string | null;
  agreementForm: string | null;
  agreementTerms: string | null;
  agreementEffectiveOn: string | null;
  confirmationAppliedOn: string | null;
  confirmedOn: string | null;
  revisitedOn: string | null;
  closedOn: string | null;
  amountYuan: number;
  peopleInvolved: number;
  courtTransfer: string | null;
  courtTransferOn: string | null;
  courtName: string | null;
  courtResult: string | null;
  courtResultOn: string | null;
}

const date = (key: keyof CaseRow & string, header: string) =>
  ({ key, header, type: 'date', required: false, example: '2026-03-12' }) as const;

export const caseLedger = defineLedger<CaseRow>({
  key: 'mediation.cases',
  sheetName: '人民调解案件',
  columns: [
    {
      key: 'number',
      header: '案件编号',
      type: 'string',
      required: true,
      unique: true,
      example: 'TJ2026-0001',
    },
    { ...unitCol, example: '210114-S01-V001' },
    { ...unitName, example: '和平社区' },
    {
      key: 'source',
      header: '纠纷来源',
      type: 'enum',
      required: true,
      dict: CASE_SOURCES,
      example: '当事人申请',
    },
    {
      key: 'category',
      header: '纠纷类型',
      type: 'enum',
      required: true,
      dict: CASE_CATEGORIES,
      example: '邻里纠纷',
    },
    { key: 'summary', header: '纠纷简要情况', type: 'text', required: true, example: '排水沟改道争议' },
    { key: 'parties', header: '当事人（顿号分隔）', type: 'string', required: true, example: '张伟、李秀英' },
    { key: 'mediators', header: '调解员（顿号分隔）', type: 'string', required: false, example: '刘桂芳' },
    { key: 'registeredOn', header: '受理日期', type: 'date', required: true, example: '2026-03-02' },
    { key: 'state', header: '状态', type: 'enum', required: true, dict: STATE_LABELS, example: '已结案' },
    {
      key: 'result',
      header: '调解结果',
      type: 'enum',
      required: false,
      dict: CASE_RESULTS,
      example: '调解成功',
    },
    date('concludedOn', '调解终结日期'),
    {
      key: 'agreementForm',
      header: '协议形式',
      type: 'enum',
      required: false,
      dict: AGREEMENT_FORMS,
      example: '书面协议',
    },
    {
      key: 'agreementTerms',
      header: '协议内容',
      type: 'text',
      required: false,
      example: '甲方十日内改道排水沟',
    },
    date('agreementEffectiveOn', '协议生效日期'),
    date('confirmationAppliedOn', '申请司法确认日期'),
    date('confirmedOn', '司法确认日期'),
    date('revisitedOn', '回访日期'),
    date('closedOn', '结案日期'),
    { key: 'amountYuan', header: '涉及金额（元）', type: 'integer', required: true, min: 0, example: '5000' },
    { key: 'peopleInvolved', header: '涉及人数', type: 'integer', required: true, min: 1, example: '2' },
    {
      key: 'courtTransfer',
      header: '诉调对接',
      type: 'enum',
      required: false,
      dict: COURT_TRANSFERS,
      example: '法院委派（诉前）',
    },
    date('courtTransferOn', '委派/移送日期'),
    { key: 'courtName', header: '法院', type: 'string', required: false, example: '沈阳市于洪区人民法院' },
    { key: 'courtResult', header: '法院结果', type: 'string', required: false, example: '出具司法确认裁定' },
    date('courtResultOn', '法院结果日期'),
  ],
});

type CasePrepared = { orgUnitId: string; districtId: string; row: CaseRow };

/** What a kept ledger's case must say for its state to be believed (the procedure's own conditions). */
export function caseRowProblems(r: CaseRow, today: string): Problem<CaseRow>[] {
  const problems: Problem<CaseRow>[] = [];
  const dates: (keyof CaseRow & string)[] = [
    'registeredOn',
    'concludedOn',
    'agreementEffectiveOn',
    'confirmationAppliedOn',
    'confirmedOn',
    'revisitedOn',
    'closedOn',
  ];
  for (const d of dates) {
    const v = r[d] as string | null;
    if (v && v > today) problems.push({ field: d, message: '日期不能晚于今天' });
    if (v && d !== 'registeredOn' && v < r.registeredOn)
      problems.push({ field: d, message: '日期不能早于受理日期' });
  }
  const concluded = !['registered', 'mediating'].includes(r.state);
  if (concluded && r.state !== 'closed' && !r.result)
    problems.push({ field: 'result', message: `状态为“${STATE_LABELS[r.state]}”时请填写调解结果` });
  if (['agreed', 'revisited'].includes(r.state) && r.result !== 'success')
    problems.push({ field: 'result', message: '达成协议的案件调解结果应为“调解成功”' });
  if (r.result === 'success' && !(r.agreementForm && r.agreementEffectiveOn))
    problems.push({
      field: 'agreementForm',
      message: '调解成功的案件请填写协议形式和协议生效日期（第二十八条）',
    });
  if (r.agreementForm === 'written' && !r.agreementTerms?.trim())
    problems.push({ field: 'agreementTerms', message: '书面调解协议应载明协议内容（第二十九条）' });
  if (r.state === 'revisited' && !r.revisitedOn)
    problems.push({ field: 'revisitedOn', message: '已回访的案件请填写回访日期' });
  if (r.state === 'closed' && !r.closedOn)
    problems.push({ field: 'closedOn', message: '已结案的案件请填写结案日期' });
  if (r.confirmedOn && !r.confirmationAppliedOn)
    problems.push({ field: 'confirmationAppliedOn', message: '司法确认须先申请（第三十三条）' });
  if (r.courtTransfer && !r.courtTransferOn)
    problems.push({ field: 'courtTransferOn', message: '诉调对接的案件请填写委派/移送日期' });
  return problems;
}

export const casesLedger: LedgerEntrySpec<CaseRow, Q, CasePrepared> = {
  key: 'mediation.cases',
  ledger: caseLedger,
  title: '人民调解案件台账',
  base: '/api/v1/mediation/cases',
  tag: 'mediation',
  naturalKey: ['number'],
  exportOnly: ['unit'],
  export: {
    permission: 'mediation.view',
    query: Query,
    rows: async (ctx) =>
      (
        await ctx.db
          .select({ c: cases, code: orgUnits.code, unit: orgUnits.name })
          .from(cases)
          .innerJoin(orgUnits, eq(orgUnits.id, cases.orgUnitId))
          .where(mediationScope(ctx.actor!, cases))
          .orderBy(cases.number)
      ).map(({ c, code, unit }) => ({
        number: c.number,
        unitCode: code,
        unit,
        source: c.source,
        category: c.category,
        summary: c.summary,
        parties: c.parties.map((p) => p.name).join('、'),
        mediators: c.mediators.join('、') || null,
        registeredOn: c.registeredOn,
        state: c.state,
        result: c.result,
        concludedOn: c.concludedOn,
        agreementForm: c.agreementForm,
        agreementTerms: c.agreementTerms,
        agreementEffectiveOn: c.agreementEffectiveOn,
        confirmationAppliedOn: c.confirmationAppliedOn,
        confirmedOn: c.confirmedOn,
        revisitedOn: c.revisitedOn,
        closedOn: c.closedOn,
        amountYuan: c.amountYuan,
        peopleInvolved: c.peopleInvolved,
        courtTransfer: c.courtTransfer,
        courtTransferOn: c.courtTransferOn,
        courtName: c.courtName,
        courtResult: c.courtResult,
        courtResultOn: c.courtResultOn,
      })),
  },
  import: {
    permissions: ['mediation.edit'],
    changed: '该案件已登记：案件按办理步骤在案件页面推进，台账导入不修改已登记的案件',
    prepare: async (tx, ctx) => {
      const units = await unitsInScope(tx, ctx, ['village', 'street']);
      return {
        create: (row) => {
          const unit = units.get(row.unitCode.trim());
          if (!unit) return notYours<CaseRow>(row);
          const problems = caseRowProblems(row, ctx.today);
          return problems.length ? problems : { orgUnitId: unit.id, districtId: unit.districtId, row };
        },
        write: async (created) => {
          if (created.length)
            await registerCases(
              tx,
              ctx,
              created.map(({ orgUnitId, districtId, row: r }) => ({
                orgUnitId,
                districtId,
                number: r.number.trim(),
                source: r.source,
                category: r.category,
                summary: r.summary.trim(),
                parties: split(r.parties).map((name) => ({ name })),
                mediators: split(r.mediators),
                registeredOn: r.registeredOn,
                state: r.state,
                result: r.result,
                concludedOn: r.concludedOn,
                agreementForm: r.agreementForm,
                agreementTerms: r.agreementTerms,
                agreementEffectiveOn: r.agreementEffectiveOn,
                confirmationAppliedOn: r.confirmationAppliedOn,
                confirmedOn: r.confirmedOn,
                revisitedOn: r.revisitedOn,
                closedOn: r.closedOn,
                amountYuan: r.amountYuan,
                peopleInvolved: r.peopleInvolved,
                courtTransfer: r.courtTransfer,
                courtTransferOn: r.courtTransferOn,
                courtName: r.courtName,
                courtResult: r.courtResult,
                courtResultOn: r.courtResultOn,
              })),
            );
          return {};
        },
      };
    },
  },
};
