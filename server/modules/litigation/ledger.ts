import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  ACT_KINDS,
  JUDGMENT_TYPES,
  judgmentTypeOf,
  LAWSUIT_STATES,
  RECONSIDERATION_RESULTS,
  SECOND_INSTANCE_RESULTS,
} from '../../../common/contracts/litigation.js';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import { orgScope } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger, type FieldProblem } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { corrections } from '../corrections/index.js';
import { lawsuitHearings } from './schema.js';
import { findLawsuitsForExport } from './service/find.js';
import { insertLawsuit, startAnswerClock } from './service/register.js';

/** The 行政应诉台账 as the 司法局 keeps it: one row per case, its first hearing and its decisions. */
export interface LawsuitLedgerRow {
  caseNumber: string;
  court: string;
  unit: string;
  plaintiffName: string;
  plaintiffKind: string;
  cause: string;
  actChallenged: string;
  actKind: string;
  filedOn: string;
  servedOn: string;
  afterReconsideration: boolean;
  reconsiderationNumber: string | null;
  reconsiderationResult: string | null;
  answeredOn: string | null;
  heldOn: string | null;
  headAppeared: boolean | null;
  headName: string | null;
  headPosition: string | null;
  judgmentType: string | null;
  judgedOn: string | null;
  judgmentServedOn: string | null;
  appealedOn: string | null;
  secondCaseNumber: string | null;
  secondResult: string | null;
  effectiveType: string | null;
  effectiveOn: string | null;
  closedOn: string | null;
  state: string;
}

const dict = (entries: readonly { code: string; label: string }[]) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

export const lawsuitLedger = defineLedger<LawsuitLedgerRow>({
  key: 'litigation.lawsuits',
  sheetName: '行政应诉台账',
  columns: [
    {
      key: 'caseNumber',
      header: '一审案号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 80,
      example: '（2024）辽0114行初12号',
    },
    {
      key: 'court',
      header: '受理法院',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '沈阳市于洪区人民法院',
    },
    {
      key: 'unit',
      header: '被诉单位',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区住房和城乡建设局',
    },
    {
      key: 'plaintiffName',
      header: '原告',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '张某某',
    },
    {
      key: 'plaintiffKind',
      header: '原告类型',
      type: 'enum',
      required: true,
      dict: { person: '自然人', organisation: '法人或其他组织' },
      example: '自然人',
    },
    {
      key: 'cause',
      header: '案由',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '房屋征收补偿决定',
    },
    {
      key: 'actChallenged',
      header: '被诉行政行为',
      type: 'string',
      required: true,
      maxLength: 500,
      example: '于住建征补〔2024〕3号房屋征收补偿决定',
    },
    {
      key: 'actKind',
      header: '被诉行为类型',
      type: 'enum',
      required: true,
      dict: dict(ACT_KINDS),
      example: '征收征用及补偿',
    },
    { key: 'filedOn', header: '立案日期', type: 'date', required: true, example: '2024-03-04' },
    { key: 'servedOn', header: '收到起诉状副本日期', type: 'date', required: true, example: '2024-03-08' },
    { key: 'afterReconsideration', header: '是否经复议', type: 'boolean', required: true, example: '否' },
    { key: 'reconsiderationNumber', header: '复议案号', type: 'string', maxLength: 80 },
    { key: 'reconsiderationResult', header: '复议结果', type: 'enum', dict: dict(RECONSIDERATION_RESULTS) },
    { key: 'answeredOn', header: '答辩日期', type: 'date', example: '2024-03-20' },
    { key: 'heldOn', header: '开庭日期', type: 'date', example: '2024-04-16' },
    { key: 'headAppeared', header: '负责人出庭', type: 'boolean', example: '是' },
    { key: 'headName', header: '出庭负责人', type: 'string', maxLength: 50, example: '李某' },
    { key: 'headPosition', header: '负责人职务', type: 'string', maxLength: 100, example: '副局长' },
    {
      key: 'judgmentType',
      header: '一审裁判结果',
      type: 'enum',
      dict: dict(JUDGMENT_TYPES),
      example: '判决驳回诉讼请求',
    },
    { key: 'judgedOn', header: '一审裁判日期', type: 'date', example: '2024-05-20' },
    { key: 'judgmentServedOn', header: '一审送达日期', type: 'date', example: '2024-05-24' },
    { key: 'appealedOn', header: '上诉日期', type: 'date' },
    { key: 'secondCaseNumber', header: '二审案号', type: 'string', maxLength: 80 },
    { key: 'secondResult', header: '二审结果', type: 'enum', dict: dict(SECOND_INSTANCE_RESULTS) },
    {
      key: 'effectiveType',
      header: '生效裁判结果',
      type: 'enum',
      dict: dict(JUDGMENT_TYPES),
      example: '判决驳回诉讼请求',
    },
    { key: 'effectiveOn', header: '生效日期', type: 'date', example: '2024-06-09' },
    { key: 'closedOn', header: '结案日期', type: 'date', example: '2024-06-09' },
    {
      key: 'state',
      header: '状态',
      type: 'enum',
      dict: dict(LAWSUIT_STATES),
      note: '导出时填写；导入时按所填日期自动确定',
    },
  ],
});

const Query = z.object({ format: LedgerFormatField });
type Prepared = { row: LawsuitLedgerRow; unit: { id: string; districtId: string } };

/** Export in scope; import creates past or running cases (idempotent on 一审案号), never changes one. */
export const lawsuitsLedger: LedgerEntrySpec<LawsuitLedgerRow, z.output<typeof Query>, Prepared> = {
  key: 'litigation.lawsuits',
  ledger: lawsuitLedger,
  title: '行政应诉台账',
  base: '/api/v1/litigation/lawsuits',
  tag: 'litigation',
  naturalKey: ['caseNumber'],
  exportOnly: ['state'],
  export: {
    permission: 'litigation.view',
    query: Query,
    rows: async (ctx) => (await findLawsuitsForExport(ctx)).map(toLedgerRow),
  },
  import: {
    permissions: ['litigation.import'],
    changed: '已登记的案件不能通过导入修改，请在案件页面办理',
    prepare: async (tx, ctx) => {
      const units = await unitsByName(tx, ctx);
      return {
        create: (row) => checkRow(row, units, ctx.today),
        write: (created) => writeLawsuits(tx, ctx, created),
      };
    },
  },
};

function toLedgerRow(l: Awaited<ReturnType<typeof findLawsuitsForExport>>[number]): LawsuitLedgerRow {
  const first = l.hearings.find((h) => h.instance === 'first') ?? null;
  return {
    caseNumber: l.caseNumber,
    court: l.court,
    unit: l.unitName,
    plaintiffName: l.plaintiffName,
    plaintiffKind: l.plaintiffKind,
    cause: l.cause,
    actChallenged: l.actChallenged,
    actKind: l.actKind,
    filedOn: l.filedOn,
    servedOn: l.servedOn,
    afterReconsideration: l.afterReconsideration,
    reconsiderationNumber: l.reconsiderationNumber,
    reconsiderationResult: l.reconsiderationResult,
    answeredOn: l.answeredOn,
    heldOn: first?.heldOn ?? null,
    headAppeared: first ? first.headAppeared : null,
    headName: first?.headName ?? null,
    headPosition: first?.headPosition ?? null,
    judgmentType: l.judgmentType,
    judgedOn: l.judgedOn,
    judgmentServedOn: l.judgmentServedOn,
    appealedOn: l.appealedOn,
    secondCaseNumber: l.secondCaseNumber,
    secondResult: l.secondResult,
    effectiveType: l.effectiveType,
    effectiveOn: l.effectiveOn,
    closedOn: l.closedOn,
    state: l.state,
  };
}

/** The stage a row has reached, from the last date it fills in. */
export function stateOf(row: LawsuitLedgerRow): string {
  if (row.closedOn) return 'closed';
  if (row.effectiveOn) return 'effective';
  if (row.appealedOn) return 'appealed';
  if (row.judgedOn) return 'judged';
  if (row.heldOn) return 'heard';
  if (row.answeredOn) return 'answered';
  return 'received';
}

type Problems = FieldProblem<LawsuitLedgerRow>[];

/** A new row's problems: the unit in scope, dates in order, each stage complete, the decision in effect known. */
function checkRow(
  row: LawsuitLedgerRow,
  units: Map<string, { id: string; districtId: string }>,
  today: string,
): Problems | Prepared {
  const p: Problems = [];
  const unit = units.get(row.unit.trim());
  if (!unit) p.push({ field: 'unit', message: `“${row.unit}”不是您管辖的单位` });
  const order: [keyof LawsuitLedgerRow, string | null, string][] = [
    ['servedOn', row.filedOn, '立案日期'],
    ['answeredOn', row.servedOn, '收到起诉状副本日期'],
    ['judgedOn', row.filedOn, '立案日期'],
    ['judgmentServedOn', row.judgedOn, '一审裁判日期'],
    ['appealedOn', row.judgmentServedOn, '一审送达日期'],
    ['closedOn', row.effectiveOn, '生效日期'],
  ];
  for (const [field, after, what] of order) {
    const value = row[field] as string | null;
    if (value && after && value < after) p.push({ field, message: `不能早于${what}` });
    if (value && value > today) p.push({ field, message: '日期不能晚于今天' });
  }
  if (row.afterReconsideration && !row.reconsiderationResult)
    p.push({ field: 'reconsiderationResult', message: '经复议的，请填写复议结果' });
  if (row.judgedOn && (!row.judgmentType || !row.judgmentServedOn))
    p.push({ field: 'judgmentType', message: '填写了一审裁判日期的，须填写一审裁判结果和送达日期' });
  if (row.heldOn && row.headAppeared === null)
    p.push({ field: 'headAppeared', message: '填写了开庭日期的，须填写负责人是否出庭' });
  if (row.headAppeared && !row.headName)
    p.push({ field: 'headName', message: '负责人出庭的，须填写出庭负责人' });
  if (row.effectiveOn && !row.effectiveType)
    p.push({ field: 'effectiveType', message: '填写了生效日期的，须填写生效裁判结果' });
  if (row.appealedOn && !row.secondCaseNumber)
    p.push({ field: 'secondCaseNumber', message: '已上诉的，须填写二审案号' });
  if (p.length || !unit) return p;
  return { row, unit };
}

async function unitsByName(tx: Tx, ctx: Ctx) {
  const rows = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(and(orgScope(ctx.actor!, orgUnits.id), eq(orgUnits.districtId, ctx.actor!.districtId)));
  return new Map(rows.map((u) => [u.name, u]));
}

/** Each case with its first hearing; a running case gets its answer clock; a decided one reports to corrections. */
async function writeLawsuits(tx: Tx, ctx: Ctx, created: Prepared[]) {
  for (const { row, unit } of created) {
    const lawsuit = await insertLawsuit(
      tx,
      ctx,
      unit,
      {
        caseNumber: row.caseNumber,
        court: row.court,
        orgUnitId: unit.id,
        plaintiffName: row.plaintiffName,
        plaintiffKind: row.plaintiffKind as 'person' | 'organisation',
        cause: row.cause,
        actChallenged: row.actChallenged,
        actKind: row.actKind as never,
        actRef: null,
        powerId: null,
        filedOn: row.filedOn,
        servedOn: row.servedOn,
        afterReconsideration: row.afterReconsideration,
        reconsiderationNumber: row.reconsiderationNumber,
        reconsiderationResult: row.reconsiderationResult as never,
        simplified: false,
      },
      {
        state: stateOf(row),
        answeredOn: row.answeredOn,
        judgmentType: row.judgmentType,
        judgedOn: row.judgedOn,
        judgmentServedOn: row.judgmentServedOn,
        appealedOn: row.appealedOn,
        secondCaseNumber: row.secondCaseNumber,
        secondResult: row.secondResult,
        effectiveType: row.effectiveType,
        effectiveOn: row.effectiveOn,
        closedOn: row.closedOn,
      },
    );
    if (row.heldOn)
      await tx.insert(lawsuitHearings).values({
        lawsuitId: lawsuit.id,
        districtId: unit.districtId,
        orgUnitId: unit.id,
        heldOn: row.heldOn,
        instance: 'first',
        headAppeared: Boolean(row.headAppeared),
        headName: row.headName,
        headPosition: row.headPosition,
        proofOfPosition: Boolean(row.headAppeared),
      });
    if (lawsuit.state === 'received') await startAnswerClock(tx, ctx, lawsuit);
    if (row.effectiveType && row.effectiveOn)
      await corrections.recordReviewOutcome(tx, ctx, {
        source: {
          kind: 'litigation',
          id: lawsuit.id,
          number: row.caseNumber,
          outcomeCode: row.effectiveType,
          decidedOn: row.effectiveOn,
        },
        corrects: judgmentTypeOf(row.effectiveType)?.corrects ?? null,
        orgUnitId: unit.id,
        target: { kind: 'decision', label: row.actChallenged },
      });
  }
  return {};
}
