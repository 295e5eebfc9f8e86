import { outcomeOf } from '../../../../common/contracts/disclosure/outcomes.js';
import { isDenial } from '../rules/outcomes.js';

/** What the reply document needs to know of a concluded request. */
export interface ReplyFacts {
  organName: string;
  districtName: string;
  /** The organ applied to is the district government itself (its 复议机关 is then the next level up). */
  organIsDistrict: boolean;
  trackingCode: string;
  applicantName: string;
  receivedOn: string;
  informationDescription: string;
  outcome: string;
  concludedOn: string;
  correctionRequestedOn: string | null;
  correctionReceivedOn: string | null;
  feeNoticeOn: string | null;
  replyText: string | null;
}

/** 2020-03-05 → 2020年3月5日 (GB/T 9704-2012 writes dates in Arabic numerals). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const FINDING: Record<string, (f: ReplyFacts) => string> = {
  granted: () =>
    '经审查，您申请获取的政府信息属于公开范围，本机关决定予以公开，现将该信息提供给您（见附件）。',
  partially_granted: () =>
    '经审查，您申请获取的政府信息中，部分内容属于不予公开的范围。本机关对能够区分处理的可以公开部分予以提供（见附件），对不予公开的部分说明理由如下：相关内容涉及依法不予公开的情形。',
  unable_not_held: () => '经检索，本机关未制作或者获取您申请公开的政府信息，该政府信息不存在。',
  unable_needs_creation: () =>
    '经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析方能形成，本机关依法可以不予提供。',
  unable_unclear: () => '经补正，您的申请内容仍不明确，本机关无法确定您所需的政府信息。',
  not_processed_petition: () =>
    '经审查，您以政府信息公开申请的形式提出的是信访、投诉、举报等诉求，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。',
  not_processed_repeat: () =>
    '经审查，您就同一政府信息向本机关重复申请公开，本机关已就该信息作出过答复，不予重复处理。',
  not_processed_publication: () => '经审查，您申请获取的是公开出版物，请通过相关出版物获取。',
  not_processed_massive: () =>
    '经审查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明正当理由，本机关不予处理。',
  not_processed_confirm: () =>
    '经审查，您要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。',
  other_no_correction: (f) =>
    `本机关于${chineseDate(f.correctionRequestedOn ?? f.receivedOn)}一次性告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  other_fee_unpaid: (f) =>
    `本机关于${chineseDate(f.feeNoticeOn ?? f.receivedOn)}向您发出收费通知，您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。`,
  other: () => '您已撤回上述申请，本机关终止办理。',
};

function findingOf(f: ReplyFacts): string {
  const own = FINDING[f.outcome];
  if (own) return own(f);
  const o = outcomeOf(f.outcome);
  // The eight 不予公开 grounds: the table 三 label without its number, e.g. "属于国家秘密".
  const ground = (o?.label ?? '').replace(/^\d\./, '');
  return `经审查，您申请获取的政府信息${ground.startsWith('属于') ? ground : `涉及${ground}的情形`}，本机关决定不予公开。`;
}

/**
 * The applicant's remedies. Basis: 条例 第五十一条; 行政复议法（2023）第二十三条第一款第（四）项 — a refusal
 * to disclose must first go to 行政复议 (复议前置) since 2024-01-01; 第二十四条 — the district government
 * reviews its departments' acts, the next level up reviews the district government's. Decision 0009 §7.
 */
export function remediesOf(f: ReplyFacts): string {
  const body = f.organIsDistrict ? '上一级人民政府' : `${f.districtName}人民政府`;
  if (isDenial(f.outcome) || f.outcome === 'partially_granted') {
    return `如对本答复不服，可以自收到本答复之日起六十日内向${body}申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。`;
  }
  return `如对本答复不服，可以自收到本答复之日起六十日内向${body}申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`;
}

/** The paragraphs of the reply (答复书), in order, for the template to lay out. */
export function replyParagraphs(f: ReplyFacts): string[] {
  const o = outcomeOf(f.outcome);
  const paras = [
    `本机关于${chineseDate(f.receivedOn)}收到您提出的政府信息公开申请，申请获取“${f.informationDescription}”。` +
      (f.correctionReceivedOn
        ? `本机关告知补正后，于${chineseDate(f.correctionReceivedOn)}收到您补正后的申请。`
        : ''),
    findingOf(f),
  ];
  if (f.replyText) paras.push(f.replyText);
  if (o) paras.push(`依据：${o.basis}。`);
  paras.push(remediesOf(f));
  paras.push('特此告知。');
  return paras;
}
