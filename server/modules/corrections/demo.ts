import { type Ctx, makeCtx } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/index.js';
import { actingUser } from '../../platform/org/index.js';
import { type TaskLedgerRow, tasksLedger } from './ledger.js';

/**
 * The 纠错整改台账 the 区司法局 kept before Fazhi: 2019's corrected acts, imported as the coordinator would import
 * the sheet (INVENTED BUT PLAUSIBLE: the seed states no figure for it). The reviewing modules' demos open
 * the later tasks through `recordReviewOutcome`.
 */
export const PAST_TASKS: readonly TaskLedgerRow[] = [
  {
    number: 'ZG2019-0001',
    source: 'reconsideration',
    sourceNumber: '于政复〔2019〕7号',
    outcome: 'revoke',
    decidedOn: '2019-04-16',
    unit: '区城市管理和综合行政执法局',
    targetKind: 'decision',
    targetLabel: '于城管罚〔2019〕21号',
    defect: '未告知当事人陈述申辩权利，违反法定程序',
    dueOn: '2019-06-17',
    state: 'closed',
    rectification: '已撤销原处罚决定，重新履行告知程序后另行作出决定；组织执法人员学习《行政处罚法》程序规定',
    rectifiedOn: '2019-05-30',
    closedOn: '2019-06-05',
  },
  {
    number: 'ZG2019-0002',
    source: 'litigation',
    sourceNumber: '（2019）辽0114行初18号',
    outcome: 'confirm_illegal',
    decidedOn: '2019-09-03',
    unit: '区住房和城乡建设局',
    targetKind: 'decision',
    targetLabel: '限期拆除违法建筑通知',
    defect: '未经催告即作出强制拆除决定，程序违法',
    dueOn: '2019-11-04',
    state: 'closed',
    rectification: '修订强制拆除工作流程，增加催告和陈述申辩环节；对承办人员进行约谈',
    rectifiedOn: '2019-10-21',
    closedOn: '2019-10-28',
  },
  {
    number: 'ZG2019-0003',
    source: 'reconsideration',
    sourceNumber: '于政复〔2019〕19号',
    outcome: 'order_performance',
    decidedOn: '2019-11-12',
    unit: '区人力资源和社会保障局',
    targetKind: 'other',
    targetLabel: '工伤认定申请逾期未作决定',
    defect: '收到工伤认定申请后未在法定期限内作出决定',
    dueOn: '2020-01-11',
    state: 'closed',
    rectification: '已于2019年12月20日作出工伤认定决定；建立申请受理台账，设置期限提醒',
    rectifiedOn: '2019-12-20',
    closedOn: '2020-01-06',
  },
];

/** Imports the past tasks as the coordinator, on 2020-01-08, through the ledger's checks. */
export async function loadCorrectionsDemo(ctx: Ctx): Promise<void> {
  const coordinator = await actingUser(ctx.db, { role: 'coordinator' });
  const as = makeCtx(ctx.db, coordinator, ctx.requestId, new Date('2020-01-08T09:00:00+08:00'));
  await inTransaction(ctx.db, async (tx) => {
    const session = await tasksLedger.import.prepare(tx, as, PAST_TASKS);
    const prepared = [];
    for (const row of PAST_TASKS) {
      const verdict = await session.create(row);
      if (Array.isArray(verdict) || typeof verdict !== 'object')
        throw new Error(`corrections demo: ${row.number} refused: ${JSON.stringify(verdict)}`);
      prepared.push(verdict);
    }
    await session.write(prepared, []);
  });
}
