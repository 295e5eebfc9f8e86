import {
  NOT_HELD_KINDS,
  outcomeOf,
  type WithheldPart,
  withheldGroundOf,
} from '../../../../common/contracts/disclosure/outcomes.js';
import { type ReplyOrgan, remedyFor } from '../rules/remedies.js';
import type { ReplyGrounds } from '../rules/reply-grounds.js';

/** What the reply document needs to know of a concluded request. */
export interface ReplyFacts extends ReplyGrounds {
  organName: string;
  /** The organ applied to, as 复议 jurisdiction sees it (rules/remedies.ts). */
  organ: ReplyOrgan;
  trackingCode: string;
  applicantName: string;
  receivedOn: string;
  informationDescription: string;
  outcome: string;
  concludedOn: string;
  /** Concluded by the applicant's withdrawal (撤回申请): the letter offers no remedies. */
  withdrawn: boolean;
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
  partially_granted: (f) =>
    `经审查，您申请获取的政府信息中，部分内容依法不予公开。本机关对能够区分处理的可以公开部分予以提供（见附件），对不予公开的部分说明理由如下：${withheldList(f.withheldParts)}。`,
  unable_not_held: notHeldFinding,
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
  other: (f) =>
    f.withdrawn ? '您已撤回上述申请，本机关终止办理。' : '经审查，本机关对您的申请作出如下处理。',
};

const NUMERALS = '一二三四五六七八九';

/** 1 → 一, 12 → 十二, 21 → 二十一 (the letter numbers its items （一）（二）…). */
function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n - 1]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`;
}

/** （一）业主电话：涉及个人隐私…（《政府信息公开条例》第十五条）；（二）… — 条例 第三十七条 说明理由. */
function withheldList(parts: readonly WithheldPart[]): string {
  return parts
    .map((p, i) => {
      const g = withheldGroundOf(p.ground);
      return `（${chineseNumber(i + 1)}）${p.part}：${g?.reason ?? p.ground}（${g?.basis ?? ''}）`;
    })
    .join('；');
}

/** 第三十六条第（四）项 (searched, none) or 第（五）项 (not ours: name the competent organ) — never "不存在" for (五). */
function notHeldFinding(f: ReplyFacts): string {
  if (f.notHeldKind === 'not_exist') {
    return '经检索，本机关未制作或者获取您申请公开的政府信息，该政府信息不存在。';
  }
  if (f.notHeldKind !== 'not_competent') return '经检索，本机关不掌握您申请公开的政府信息。';
  const intro = '经审查，您申请获取的政府信息不属于本机关负责公开的范围。';
  return f.competentOrgan
    ? `${intro}该政府信息由${f.competentOrgan}负责公开，您可以向其提出申请，联系方式：${f.competentOrganContact ?? ''}。`
    : `${intro}本机关无法确定负责公开该政府信息的行政机关，理由是：${f.competentOrganUnknownReason ?? ''}。`;
}

function findingOf(f: ReplyFacts): string {
  const own = FINDING[f.outcome];
  if (own) return own(f);
  const o = outcomeOf(f.outcome);
  // The eight 不予公开 grounds: the table 三 label without its number, e.g. "属于国家秘密".
  const ground = (o?.label ?? '').replace(/^\d\./, '');
  return `经审查，您申请获取的政府信息${ground.startsWith('属于') ? ground : `涉及${ground}的情形`}，本机关决定不予公开。`;
}

/** The applicant's remedies by the law in force on the reply's date (rules/remedies.ts); null for a withdrawal. */
export function remediesOf(f: ReplyFacts): string | null {
  return remedyFor(f.concludedOn, f.outcome, f.organ, f.withdrawn)?.text ?? null;
}

const TIAOLI = '《政府信息公开条例》';
const ARTICLE = /第[一二三四五六七八九十百]+条/;

/** The articles the reply rests on: the outcome's, narrowed to the item or widened by each withheld part's ground. */
export function basisOf(f: ReplyFacts): string | null {
  if (f.outcome === 'partially_granted' && f.withheldParts.length > 0) {
    const grounds = f.withheldParts.map((p) => withheldGroundOf(p.ground)?.basis.replace(TIAOLI, '') ?? '');
    return `${TIAOLI}${[...new Set(['第三十七条', ...grounds])].join('、')}`;
  }
  const notHeld = NOT_HELD_KINDS.find((k) => k.code === f.notHeldKind);
  if (f.outcome === 'unable_not_held' && notHeld) return notHeld.basis;
  const basis = outcomeOf(f.outcome)?.basis ?? null;
  // A basis that names no article (a withdrawal, 其他) is not cited at all.
  return basis && ARTICLE.test(basis) ? basis : null;
}

/** The paragraphs of the reply (答复书), in order, for the template to lay out. */
export function replyParagraphs(f: ReplyFacts): string[] {
  const paras = [
    `本机关于${chineseDate(f.receivedOn)}收到您提出的政府信息公开申请，申请获取“${f.informationDescription}”。` +
      (f.correctionReceivedOn
        ? `本机关告知补正后，于${chineseDate(f.correctionReceivedOn)}收到您补正后的申请。`
        : ''),
    findingOf(f),
  ];
  if (f.replyText) paras.push(f.replyText);
  const basis = basisOf(f);
  if (basis) paras.push(`依据：${basis}。`);
  const remedies = remediesOf(f);
  if (remedies) paras.push(remedies);
  paras.push('特此告知。');
  return paras;
}
