import { eq } from 'drizzle-orm';
import { assertCan } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import { bodyParagraph, buildOfficialDocument, chineseDate } from '../../platform/docx/index.js';
import { AppError } from '../../platform/errors.js';
import { orgUnits } from '../../platform/org/index.js';
import { computeDue } from '../../../common/calendar/index.js';
import { loadCalendar } from '../../platform/calendar/index.js';
import { NOTICE_REPLY_CLOCK } from './rules.js';
import { getScopedTask } from './service/records.js';

/**
 * The 督办通知 of a task that has one (the 督办 ladder's second step), laid out in the GB/T 9704-2012 form:
 * issued by the 依法治区办 to the lead unit, naming the task, how far behind it is, and the reply day (5
 * working days on the calendar, NOTICE_REPLY_CLOCK).
 */
export async function noticeDocumentFor(ctx: Ctx, id: string): Promise<{ fileName: string; buffer: Buffer }> {
  assertCan(ctx.actor, 'coordination.view');
  const task = await getScopedTask(ctx.db, ctx.actor!, id);
  if (!task.noticedOn || !task.noticeNumber) throw new AppError('NOT_FOUND', '该任务尚未发出督办通知');
  const [district] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, task.districtId));
  const calendar = await loadCalendar(ctx.db);
  const reply = computeDue(calendar, {
    from: task.noticedOn,
    amount: NOTICE_REPLY_CLOCK.length.amount,
    unit: NOTICE_REPLY_CLOCK.length.unit,
    basis: NOTICE_REPLY_CLOCK.basis,
  });
  const late = task.dueOn < task.noticedOn;
  const buffer = await buildOfficialDocument({
    organName: `${district?.name ?? ''}全面依法治区委员会办公室`,
    documentNumber: task.noticeNumber,
    title: `关于督促办理“${task.title}”任务的督办通知`,
    body: [
      bodyParagraph(`${task.unitName}：`, false),
      bodyParagraph(
        `你单位牵头的${task.year}年法治政府建设工作任务“${task.code} ${task.title}”，完成时限为${chineseDate(task.dueOn)}。` +
          (late
            ? `截至${chineseDate(task.noticedOn)}，该任务已逾期未完成。`
            : `截至${chineseDate(task.noticedOn)}，该任务自${chineseDate(task.lastActivityOn)}以来未报送进展。`),
      ),
      bodyParagraph(
        `根据《法治政府建设与责任落实督察工作规定》，请你单位抓紧推进，并于${chineseDate(reply.dueOn)}前将办理进展和下一步措施书面报送区委全面依法治区委员会办公室。逾期未报送或推进不力的，将约谈单位负责人并提请委员会研究。`,
      ),
    ],
    dateOn: task.noticedOn,
    sealNote: '（印章）',
  });
  return { fileName: `督办通知-${task.code}`, buffer };
}
