/**
 * The 人民调解协议书 (.docx) of a written agreement, with what 人民调解法 第二十九条 requires: the parties' basic
 * facts; the dispute's main facts, the points in dispute and each side's responsibility; the agreed content,
 * the manner and term of performance; signed or sealed by the parties, signed by the mediators, sealed by the
 * committee. GB/T 9704 layout through the kit's helpers. Personal data: staff in the case's scope only.
 */
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../platform/authz/index.js';
import type { Ctx } from '../../platform/context.js';
import {
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  chineseDate,
  headingParagraph,
} from '../../platform/docx/index.js';
import { notFound, ruleViolation } from '../../platform/errors.js';
import { orgUnits } from '../../platform/org/index.js';
import { mediationScope } from './policy.js';
import { type NamedPerson, mediationCases as c, mediationCommittees as m } from './schema.js';

/** What the agreement prints. */
export interface AgreementFacts {
  committee: string;
  number: string;
  parties: NamedPerson[];
  facts: string;
  responsibility: string | null;
  terms: string;
  performanceManner: string | null;
  performanceDueOn: string | null;
  mediators: string[];
  signedOn: string;
}

const GENDER = { female: '女', male: '男' } as const;

/** 当事人基本情况: name, gender, birth year, address, telephone, as far as the case holds them. */
export function partyLine(p: NamedPerson, i: number): string {
  const facts = [
    p.gender ? GENDER[p.gender] : null,
    p.birthYear ? `${p.birthYear}年出生` : null,
    p.address ? `住${p.address}` : null,
    p.phone ? `联系电话${p.phone}` : null,
  ].filter(Boolean);
  return `当事人${i + 1}：${p.name}${facts.length ? `，${facts.join('，')}` : ''}。`;
}

/** Lays out the agreement. */
export function buildAgreementDocument(f: AgreementFacts): Promise<Buffer> {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => bodyParagraph(s));
  const due = f.performanceDueOn ? `，于${chineseDate(f.performanceDueOn)}前履行完毕` : '';
  return buildOfficialDocument({
    organName: f.committee,
    documentNumber: f.number,
    title: '人民调解协议书',
    body: [
      ...f.parties.map((p, i) => bodyParagraph(partyLine(p, i), false)),
      headingParagraph('一、纠纷主要事实、争议事项'),
      ...lines(f.facts),
      headingParagraph('二、各方当事人的责任'),
      ...lines(f.responsibility ?? '经调解，各方当事人对纠纷事实和各自责任均无异议。'),
      headingParagraph('三、经调解，各方当事人自愿达成如下协议'),
      ...lines(f.terms),
      headingParagraph('四、履行方式和时限'),
      bodyParagraph(`${f.performanceManner ?? '按上述协议内容自觉履行'}${due}。`),
      bodyParagraph(
        '本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。' +
          '当事人应当按照约定履行（人民调解法第三十一条）；双方当事人可以自协议生效之日起三十日内共同' +
          '向人民法院申请司法确认（第三十三条）。本协议一式' +
          `${f.parties.length + 1}份，当事人各执一份，人民调解委员会留存一份。`,
      ),
      blankLine(),
      ...f.parties.map((p) => bodyParagraph(`当事人（签名、盖章或按指印）：${p.name}`, false)),
      bodyParagraph(`人民调解员（签名）：${f.mediators.join('、')}`, false),
    ],
    dateOn: f.signedOn,
    sealNote: '（人民调解委员会印章）',
  });
}

/** The agreement document of a case in the actor's scope; an oral or absent agreement has none. */
export async function agreementDocumentFor(ctx: Ctx, caseId: string) {
  assertCan(ctx.actor, 'mediation.view');
  const [row] = await ctx.db
    .select({ c, unit: orgUnits.name })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(and(eq(c.id, caseId), mediationScope(ctx.actor!, c)));
  if (!row) throw notFound('调解案件');
  const x = row.c;
  if (x.agreementForm !== 'written' || !x.agreementEffectiveOn || !x.agreementTerms)
    throw ruleViolation('MEDIATION_NO_WRITTEN_AGREEMENT', '本案未达成书面调解协议，无调解协议书');
  const [committee] = await ctx.db
    .select({ name: m.name })
    .from(m)
    .where(x.committeeId ? eq(m.id, x.committeeId) : eq(m.orgUnitId, x.orgUnitId))
    .limit(1);
  const buffer = await buildAgreementDocument({
    committee: committee?.name ?? `${row.unit}人民调解委员会`,
    number: x.number,
    parties: x.parties,
    facts: x.summary,
    responsibility: x.responsibility,
    terms: x.agreementTerms,
    performanceManner: x.performanceManner,
    performanceDueOn: x.performanceDueOn,
    mediators: x.mediators,
    signedOn: x.agreementEffectiveOn,
  });
  return { fileName: `人民调解协议书${x.number}`, buffer };
}
