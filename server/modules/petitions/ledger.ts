import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { LedgerFormatField } from '../../../common/contracts/kit.js';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  type PetitionCategory,
  type PetitionChannel,
  STATE_LABELS,
} from '../../../common/contracts/petitions.js';
import { pickText } from '../../../common/text/localized.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { defineLedger } from '../../platform/io/index.js';
import type { LedgerEntrySpec } from '../../platform/ledgers/index.js';
import { getOrgUnit, orgUnits } from '../../platform/org/index.js';
import { petitionScope } from './policy.js';
import { representativesProblem } from './rules.js';
import { petitions } from './schema.js';
import { insertPetition } from './service/register.js';

/** The petitions ledger (信访事项台账): one row per petition, keyed by its 信访件编号. */
export interface PetitionLedgerRow {
  number: string;
  receivedOn: string;
  channel: PetitionChannel;
  category: PetitionCategory;
  petitionerName: string;
  petitionerPhone: string | null;
  representatives: number | null;
  peopleCount: number | null;
  subject: string;
  content: string;
  unit: string | null;
  status: string | null;
  outcome: string | null;
  answeredOn: string | null;
}

const STATUS_NAMES = Object.fromEntries(
  Object.entries(STATE_LABELS).map(([k, v]) => [k, pickText(v, 'zh-CN')]),
);

export const petitionLedger = defineLedger<PetitionLedgerRow>({
  key: 'petitions.petitions',
  sheetName: '信访事项台账',
  columns: [
    {
      key: 'number',
      header: '信访件编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      example: 'XF2020-0001',
    },
    { key: 'receivedOn', header: '收到日期', type: 'date', required: true, example: '2020-03-02' },
    {
      key: 'channel',
      header: '信访渠道',
      type: 'enum',
      required: true,
      dict: CHANNEL_LABELS,
      example: '来信',
    },
    {
      key: 'category',
      header: '类别',
      type: 'enum',
      required: true,
      dict: CATEGORY_LABELS,
      example: '申诉求决类',
    },
    {
      key: 'petitionerName',
      header: '信访人',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '张某',
    },
    { key: 'petitionerPhone', header: '联系电话', type: 'string', maxLength: 30 },
    {
      key: 'representatives',
      header: '代表人数',
      type: 'integer',
      min: 0,
      max: 1000,
      note: '多人走访推选的代表，不超过5人',
    },
    { key: 'peopleCount', header: '人数', type: 'integer', min: 1, max: 100000 },
    {
      key: 'subject',
      header: '信访事项',
      type: 'string',
      required: true,
      maxLength: 200,
      example: '小区供暖不达标',
    },
    {
      key: 'content',
      header: '请求、事实和理由',
      type: 'text',
      required: true,
      maxLength: 4000,
      example: '请求协调供暖公司……',
    },
    { key: 'unit', header: '承办机关', type: 'string', note: '导出时填写，导入时忽略' },
    { key: 'status', header: '办理状态', type: 'string', note: '导出时填写，导入时忽略' },
    {
      key: 'outcome',
      header: '处理意见',
      type: 'enum',
      dict: OUTCOME_LABELS,
      note: '导出时填写，导入时忽略',
    },
    { key: 'answeredOn', header: '出具意见日期', type: 'date', note: '导出时填写，导入时忽略' },
  ],
});

const PetitionExportQuery = z.object({ format: LedgerFormatField });
type Prepared = PetitionLedgerRow;

/**
 * The ledger entry: export what the actor's scope holds; import registers the new petitions at the actor's
 * unit (each then moves only through its procedure), so a known 信访件编号 never creates another record.
 */
export const petitionsLedger: LedgerEntrySpec<
  PetitionLedgerRow,
  z.output<typeof PetitionExportQuery>,
  Prepared
> = {
  key: 'petitions.petitions',
  ledger: petitionLedger,
  title: '信访事项台账',
  base: '/api/v1/petitions/petitions',
  tag: 'petitions',
  naturalKey: ['number'],
  exportOnly: ['unit', 'status', 'outcome', 'answeredOn'],
  export: { permission: 'petitions.view', query: PetitionExportQuery, rows: (ctx) => petitionRows(ctx) },
  import: {
    permissions: ['petitions.import', 'petitions.register'],
    changed: '已登记的信访事项只能通过办理程序变更，请在信访事项页面办理',
    prepare: async (tx, ctx) => ({
      create: (row) => rowProblems(row, ctx.today) ?? row,
      write: (created) => writePetitions(tx, ctx, created),
    }),
  },
};

function rowProblems(row: PetitionLedgerRow, today: string) {
  const problems: { field: keyof PetitionLedgerRow; message: string }[] = [];
  if (row.receivedOn > today) problems.push({ field: 'receivedOn', message: '收到日期不能晚于今天' });
  const reps = representativesProblem(row.channel, row.representatives ?? 0);
  if (reps) problems.push({ field: 'representatives', message: reps });
  return problems.length ? problems : null;
}

async function petitionRows(ctx: Ctx): Promise<PetitionLedgerRow[]> {
  const rows = await ctx.db
    .select({ p: petitions, unit: orgUnits.name })
    .from(petitions)
    .innerJoin(orgUnits, eq(orgUnits.id, petitions.orgUnitId))
    .where(and(petitionScope(ctx.actor!)))
    .orderBy(petitions.receivedOn, petitions.number);
  return rows.map(({ p, unit }) => ({
    number: p.number,
    receivedOn: p.receivedOn,
    channel: p.channel as PetitionChannel,
    category: p.category as PetitionCategory,
    petitionerName: p.petitionerName,
    petitionerPhone: p.petitionerPhone,
    // The defaults (no representatives, one person) stay blank, as users leave them.
    representatives: p.representatives || null,
    peopleCount: p.peopleCount === 1 ? null : p.peopleCount,
    subject: p.subject,
    content: p.content,
    unit,
    status: STATUS_NAMES[p.status] ?? p.status,
    outcome: p.outcome,
    answeredOn: p.answeredOn,
  }));
}

async function writePetitions(tx: Tx, ctx: Ctx, created: Prepared[]) {
  const unit = await getOrgUnit(tx, ctx.actor!.orgUnitId);
  for (const row of created)
    await insertPetition(
      tx,
      ctx,
      unit,
      {
        number: row.number,
        receivedOn: row.receivedOn,
        channel: row.channel,
        category: row.category,
        petitionerName: row.petitionerName,
        petitionerPhone: row.petitionerPhone,
        representatives: row.representatives ?? 0,
        peopleCount: row.peopleCount ?? 1,
        subject: row.subject,
        content: row.content,
        createdBy: ctx.actor!.userId,
      },
      'petitions.petition.imported',
    );
  return {};
}
