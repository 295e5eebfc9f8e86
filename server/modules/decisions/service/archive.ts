import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Ctx } from '../../../platform/context.js';
import { findAuditEvents } from '../../../platform/audit/index.js';
import { getDecision } from './queries.js';
import { decisionComments } from '../schema.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

/**
 * The whole record of one decision as an offline archive (第三十三条 过程记录和材料归档), as enforcement's case
 * archive does: README.txt (the index: every file and what it holds), SHA256SUMS.txt, then the parts.
 */
export async function buildDecisionArchive(
  ctx: Ctx,
  id: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const detail = await getDecision(ctx, id);
  const contacts = await ctx.db
    .select({ id: decisionComments.id, contact: decisionComments.contact })
    .from(decisionComments)
    .where(eq(decisionComments.decisionId, id));
  // The decision's own events and its comments' (submitted, disposed), in chain order.
  const events = await findAuditEvents(ctx.db, {
    subjectTypes: ['major_decision', 'decision_comment'],
    subjectIds: [id, ...contacts.map((c) => c.id)],
  });
  const audit = events.map((e) => ({ seq: e.seq, at: e.occurredAt, action: e.action, hash: e.hash }));
  const draft = detail.clauses.map((c) => `${c.number}\n${c.text}\n`).join('\n');
  const parts: [string, string, Buffer][] = [
    [
      '01-决策信息.json',
      '决策事项、来源、承办单位、法律依据、状态',
      json({ ...detail, clauses: undefined, comments: undefined, history: undefined, actions: undefined }),
    ],
    ['02-决策草案.txt', '决策草案条款（现行文本）', Buffer.from(draft, 'utf8')],
    [
      '03-公众意见及采纳情况.json',
      '每条公众意见、针对的条款、采纳情况、理由和由此修改的条款',
      json(
        detail.comments.map((c) => ({ ...c, contact: contacts.find((x) => x.id === c.id)?.contact ?? null })),
      ),
    ],
    ['04-听证论证评估材料.json', '听证会、专家论证、风险评估、执行情况、决策后评估', json(detail.materials)],
    [
      '05-合法性审查.json',
      '合法性审查事项（法律事务）和审查结论',
      json({
        review: detail.review,
        conclusion: detail.reviewConclusion,
        opinion: detail.reviewOpinionNumber,
      }),
    ],
    [
      '06-集体讨论决定.json',
      '会议、纪要、行政首长最后发言、不同意见',
      json({
        meeting: detail.meeting,
        decidedOn: detail.decidedOn,
        partyReportedOn: detail.partyReportedOn,
        publishedOn: detail.publishedOn,
        documentNumber: detail.documentNumber,
      }),
    ],
    [
      '07-程序记录.json',
      '每一步程序（时间、经办人、表单）和期限',
      json({ history: detail.history, clocks: detail.clocks }),
    ],
    ['08-审计日志.json', '本决策的审计事件（序号、时间、动作、哈希）', json(audit)],
  ];
  const at = ctx.now;
  const readme = [
    `重大行政决策全过程记录：${detail.number} ${detail.title}`,
    `导出时间：${at.toISOString()}`,
    '',
    '文件索引：',
    ...parts.map(([name, what]) => `  ${name}  ${what}`),
    '  SHA256SUMS.txt  以上各文件的SHA-256校验值（sha256sum -c SHA256SUMS.txt）',
    '',
  ].join('\n');
  const sums = `${parts.map(([name, , b]) => `${sha256(b)}  ${name}`).join('\n')}\n`;
  const zip = new JSZip();
  zip.file('README.txt', readme, { date: at });
  zip.file('SHA256SUMS.txt', sums, { date: at });
  for (const [name, , b] of parts) zip.file(name, b, { date: at });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { fileName: `${detail.number}-全过程记录.zip`, buffer };
}
