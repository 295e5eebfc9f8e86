import {
  type NotHeldKind,
  type WithheldPart,
  withheldGroundOf,
} from '../../../../common/contracts/disclosure/outcomes.js';

/**
 * What a reply must state besides its outcome: the ground of each withheld part of a partial reply
 * (条例 第三十七条 with 第十四、十五、十六条) and, for information this organ does not hold, which item of
 * 第三十六条 applies and — under 第（五）项 — the competent organ. Decision 0017 §2–§3.
 */
export interface ReplyGrounds {
  withheldParts: WithheldPart[];
  notHeldKind: NotHeldKind | null;
  competentOrgan: string | null;
  competentOrganContact: string | null;
  competentOrganUnknownReason: string | null;
}

export interface GroundProblem {
  path: keyof ReplyGrounds & string;
  message: string;
}

const THIRD_PARTY_GROUNDS: ReadonlySet<string> = new Set(['commercial_secret', 'personal_privacy']);

/** Problems of the grounds a reply with `outcome` states; `thirdPartyOpinion` as recorded (第三十二条). */
export function replyGroundProblems(
  outcome: string,
  g: ReplyGrounds,
  thirdPartyOpinion: string | null,
): GroundProblem[] {
  if (outcome === 'partially_granted') return withheldProblems(g.withheldParts, thirdPartyOpinion);
  if (outcome === 'unable_not_held') return notHeldProblems(g);
  return [];
}

function withheldProblems(parts: WithheldPart[], thirdPartyOpinion: string | null): GroundProblem[] {
  // Basis: 条例 第三十七条 — 对不予公开的内容说明理由: every withheld part names its ground.
  if (parts.length === 0) {
    return [
      {
        path: 'withheldParts',
        message: '部分公开须逐项列明不予公开的部分及其理由（《政府信息公开条例》第三十七条）',
      },
    ];
  }
  // Basis: 条例 第十五条 — 第三方同意公开的，予以公开: consent removes the 商业秘密/个人隐私 ground.
  const consented = parts.findIndex((p) => THIRD_PARTY_GROUNDS.has(p.ground));
  if (thirdPartyOpinion === 'consent' && consented >= 0) {
    const ground = withheldGroundOf(parts[consented]!.ground)?.label ?? '';
    return [
      {
        path: 'withheldParts',
        message: `第${consented + 1}项：第三方已同意公开，不能以“${ground}”为由不予公开（《政府信息公开条例》第十五条）`,
      },
    ];
  }
  return [];
}

function notHeldProblems(g: ReplyGrounds): GroundProblem[] {
  if (!g.notHeldKind) {
    return [
      {
        path: 'notHeldKind',
        message:
          '请选择“本机关不掌握相关政府信息”的情形：经检索没有（第三十六条第（四）项）或不属于本机关负责公开（第（五）项）',
      },
    ];
  }
  if (g.notHeldKind !== 'not_competent' || g.competentOrganUnknownReason) return [];
  // Basis: 条例 第三十六条第（五）项 — 能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式.
  if (!g.competentOrgan) {
    return [
      {
        path: 'competentOrgan',
        message:
          '不属于本机关负责公开的，须告知负责公开的行政机关名称及联系方式；确实无法确定的，请说明理由（《政府信息公开条例》第三十六条第（五）项）',
      },
    ];
  }
  if (!g.competentOrganContact) {
    return [
      {
        path: 'competentOrganContact',
        message: '请填写负责公开的行政机关的联系方式（《政府信息公开条例》第三十六条第（五）项）',
      },
    ];
  }
  return [];
}

/** The grounds to store with a reply: only those its outcome calls for (the others are cleared). */
export function groundsToStore(outcome: string, g: ReplyGrounds): ReplyGrounds {
  const notHeld = outcome === 'unable_not_held' ? g.notHeldKind : null;
  const competent = notHeld === 'not_competent';
  const named = competent && !!g.competentOrgan && !!g.competentOrganContact;
  return {
    withheldParts: outcome === 'partially_granted' ? g.withheldParts : [],
    notHeldKind: notHeld,
    competentOrgan: named ? g.competentOrgan : null,
    competentOrganContact: named ? g.competentOrganContact : null,
    competentOrganUnknownReason: competent && !named ? g.competentOrganUnknownReason : null,
  };
}
