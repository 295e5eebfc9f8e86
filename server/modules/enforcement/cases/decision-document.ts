import { eq } from 'drizzle-orm';
import {
  DECISION_OUTCOMES,
  PARTY_TYPES,
  PENALTY_DECISION_OUTCOMES,
  PENALTY_KINDS,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { labelOf } from '../../../../common/contracts/dictionary.js';
import type { Ctx } from '../../../platform/context.js';
import {
  bodyParagraph,
  buildOfficialDocument,
  chineseDate,
  headingParagraph,
} from '../../../platform/docx/index.js';
import { ruleViolation } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { decisionDocumentLawOn, paymentSentence, remediesSentence } from '../rules/decision-document.js';
import { type CaseDetailData, getCase } from './service/get-case.js';

const yuan = (amount: string | null) =>
  amount === null ? null : `${Number(amount).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;

function partyParagraphs(k: CaseDetailData['kase']): string[] {
  const type = PARTY_TYPES.find((p) => p.code === k.partyType)?.label ?? '';
  const idLabel = k.partyType === 'natural_person' ? '身份证件号码' : '统一社会信用代码';
  return [
    `当事人：${k.partyName}（${type}）`,
    ...(k.partyIdNumber ? [`${idLabel}：${k.partyIdNumber}`] : []),
    `住所（地址）：${k.partyAddress ?? '（未登记）'}`,
  ];
}

function factsParagraphs(d: CaseDetailData): string[] {
  const k = d.kase;
  const evidence = d.evidence.map(
    (e, i) => `${i + 1}. ${e.evidenceType}：${e.description}（${chineseDate(e.collectedOn)}取得）`,
  );
  return [
    `本机关于${chineseDate(k.openedOn)}对当事人${k.cause}一案立案调查。${k.facts ?? ''}`,
    '上述事实有以下证据证明：',
    ...(evidence.length > 0 ? evidence : ['（案卷所附证据）']),
  ];
}

/** Each kind the decision imposes (警告 + 罚款 …), a fine or confiscation with its amount (处罚法 第九条). */
function kindsSentence(k: CaseDetailData['kase']): string {
  const kinds = (k.penaltyKinds ?? []).length > 0 ? k.penaltyKinds! : [k.outcome ?? ''];
  return kinds
    .map((code) => {
      const label = PENALTY_KINDS.find((p) => p.code === code)?.label ?? labelOf(DECISION_OUTCOMES, code);
      if (code === 'fine' && yuan(k.fineAmount)) return `罚款${yuan(k.fineAmount)}`;
      if (code === 'confiscation' && yuan(k.confiscationAmount))
        return `没收违法所得（非法财物价值）${yuan(k.confiscationAmount)}`;
      return label;
    })
    .join('，并处');
}

function penaltyParagraphs(d: CaseDetailData): string[] {
  const k = d.kase;
  // The basis recorded at 决定; a decision recorded before it was asked for falls back to the power's.
  const basis = k.decisionBasis ?? d.power?.legalBasis ?? '（见权责清单所列实施依据）';
  return [
    `处罚种类：${kindsSentence(k)}。`,
    `处罚依据：${basis}（权责清单事项：${d.power?.name ?? ''}）。`,
    `处罚决定：${k.decisionText ?? ''}`,
  ];
}

/** The paragraphs of a penalty decision, in the order of 处罚法 第五十九条 (2017: 第三十九条). Decision 0019 §4. */
function decisionBody(d: CaseDetailData, districtName: string) {
  const k = d.kase;
  const law = decisionDocumentLawOn(k.decidedOn!);
  const total = Number(k.fineAmount ?? 0) + Number(k.confiscationAmount ?? 0);
  const performance =
    total > 0
      ? paymentSentence(law, yuan(total.toFixed(2))!)
      : '当事人应当自收到本决定书之日起履行本处罚决定。';
  const organ = { organName: k.orgUnitName, districtName, organIsDistrict: k.orgUnitId === k.districtId };
  return [
    ...partyParagraphs(k).map((p) => bodyParagraph(p, false)),
    headingParagraph('一、违法事实和证据'),
    ...factsParagraphs(d).map((p) => bodyParagraph(p)),
    headingParagraph('二、行政处罚的种类和依据'),
    ...penaltyParagraphs(d).map((p) => bodyParagraph(p)),
    headingParagraph('三、履行方式和期限'),
    bodyParagraph(performance),
    headingParagraph('四、申请行政复议或者提起行政诉讼的途径和期限'),
    bodyParagraph(remediesSentence(law, organ)),
    bodyParagraph(`（本决定书依据${law.penalty.law}${law.penalty.contents}制作。）`),
  ];
}

/**
 * The 行政处罚决定书 (.docx) of a decided penalty case the actor may see (scope as the case detail): numbered
 * with the body's 文号, party, facts and evidence, kind and basis, performance, remedies by the law in force
 * on the decision date, organ, date and seal note.
 */
export async function decisionDocumentFor(
  ctx: Ctx,
  id: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const d = await getCase(ctx, id);
  const k = d.kase;
  if (!k.decidedOn || !k.outcome)
    throw ruleViolation('CASE_NOT_DECIDED', '案件尚未作出决定，不能生成处罚决定书');
  if (k.kind !== 'penalty' || !PENALTY_DECISION_OUTCOMES.includes(k.outcome)) {
    throw ruleViolation(
      'NOT_A_PENALTY_DECISION',
      '本案决定不是行政处罚决定，不能生成行政处罚决定书（《行政处罚法》第九条）',
    );
  }
  const [district] = await ctx.db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, k.districtId));
  const buffer = await buildOfficialDocument({
    organName: k.orgUnitName,
    documentNumber: k.decisionNumber,
    title: '行政处罚决定书',
    body: decisionBody(d, (district?.name ?? '').replace(/人民政府$/, '')),
    dateOn: k.decidedOn,
    sealNote: '（印章）',
  });
  return { fileName: `行政处罚决定书-${k.decisionNumber ?? k.caseNumber}`, buffer };
}
