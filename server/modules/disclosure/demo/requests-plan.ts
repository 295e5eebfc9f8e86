import { creditCodeCheckChar, residentIdCheckDigit } from '../../../../common/identity/check-digits.js';
import {
  addWorkingDays,
  countWorkingDaysBetween,
  type IsoDate,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import type {
  ApplicantIdType,
  ApplicantType,
  DeliveryMethod,
  MailKind,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import type { TransitionBodies } from '../../../../common/contracts/disclosure/requests.js';
import type { RequestOutcome } from '../../../../common/contracts/disclosure/outcomes.js';

/** One planned demo request: who asks whom, how, when, and how it ends. All names INVENTED. */
export interface DemoRequest {
  unitCode: string;
  channel: 'letter' | 'online' | 'in_person';
  mailKind: MailKind | null;
  receivedOn: IsoDate;
  applicant: {
    applicantType: ApplicantType;
    applicantName: string;
    applicantIdType: ApplicantIdType | null;
    applicantIdNumber: string | null;
    applicantPhone: string;
    applicantAddress: string;
    orgName: string | null;
    orgCreditCode: string | null;
    orgLegalRepresentative: string | null;
  };
  description: string;
  deliveryMethod: DeliveryMethod;
  outcome: RequestOutcome;
  /** Working days from receipt to the reply (ordinary requests). */
  replyAfter: number;
  special: 'correction' | 'extension' | 'third_party' | null;
  /** What the reply states beyond its outcome (条例 第三十七条; 第三十六条第（四）（五）项). Decision 0017. */
  grounds: ReplyGroundsForm;
}

type ReplyGroundsForm = Omit<TransitionBodies['reply'], 'on' | 'outcome' | 'replyText'>;

export const DEMO_TOTAL = 43;
const IN_PERSON = new Set([3, 10, 17, 24, 31, 38]);
const ONLINE = new Set([14, 29]);
const BUSINESS = new Set([5, 19, 33, 40]);
const LEGAL = new Set([12, 27, 36]);
const PUBLIC_INTEREST = new Set([22]);

export const OUTCOMES: Record<number, RequestOutcome> = {
  7: 'partially_granted',
  16: 'partially_granted',
  25: 'partially_granted',
  35: 'partially_granted',
  4: 'unable_not_held',
  13: 'unable_not_held',
  23: 'unable_not_held',
  32: 'unable_not_held',
  39: 'unable_not_held',
  9: 'unable_needs_creation',
  18: 'not_processed_petition',
  20: 'denied_third_party',
  30: 'denied_third_party',
  26: 'other',
};
// Each partial reply names what it withholds and why; one 本机关不掌握 reply is 第三十六条第（五）项.
const GROUNDS: Record<number, ReplyGroundsForm> = {
  7: { withheldParts: [{ part: '被征收人的身份证号码及联系电话', ground: 'personal_privacy' }] },
  16: { withheldParts: [{ part: '内部审批流转单', ground: 'internal_affairs' }] },
  25: { withheldParts: [{ part: '专题会议讨论记录', ground: 'process_info' }] },
  35: { withheldParts: [{ part: '中标企业的报价明细', ground: 'commercial_secret' }] },
  13: {
    notHeldKind: 'not_competent',
    competentOrgan: '于洪区民政局（虚构）',
    competentOrganContact: '024-00000000（虚构）',
  },
};
export const groundsOf = (i: number, outcome: RequestOutcome): ReplyGroundsForm =>
  GROUNDS[i] ?? (outcome === 'unable_not_held' ? { notHeldKind: 'not_exist' } : {});

const SPECIAL: Record<number, DemoRequest['special']> = {
  1: 'extension',
  2: 'correction',
  20: 'third_party',
};

// Land, housing and the government office get most requests (征收、拆迁、规划 are the usual subjects).
export const UNITS = [
  '210114-D11',
  '210114-D13',
  '210114-D01',
  '210114-D11',
  '210114-D06',
  '210114-D13',
  '210114-D22',
  '210114-D10',
  '210114-D11',
  '210114-D12',
  '210114-D07',
];
export const TOPICS: Record<string, string[]> = {
  '210114-D11': [
    '某村集体土地征收的征地批复及补偿安置方案',
    '2019年度建设用地供应计划',
    '某地块国有建设用地使用权出让合同',
  ],
  '210114-D13': [
    '某棚户区改造项目房屋征收决定及补偿方案',
    '某小区维修资金使用审批材料',
    '某项目施工许可证信息',
  ],
  '210114-D01': ['区政府2019年第12次常务会议纪要中关于某项目的内容', '区政府关于某街道拆迁工作的批复'],
  '210114-D06': ['本人户籍迁移审批依据', '某路段交通信号设置依据'],
  '210114-D22': ['某食品经营企业的行政处罚决定书', '某超市的食品抽检结果'],
  '210114-D10': ['2019年度某企业社会保险费缴纳核定情况', '工伤认定工作规程'],
  '210114-D12': ['某建设项目环境影响评价批复', '某企业排污许可信息'],
  '210114-D07': ['2019年城乡低保资金发放情况', '某养老机构备案信息'],
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const GIVEN = [
  '建国',
  '淑芬',
  '志强',
  '桂兰',
  '国庆',
  '秀英',
  '海涛',
  '丽华',
  '文博',
  '雪梅',
  '宏伟',
  '春燕',
];
const COMPANIES = [
  '沈阳示例置业有限公司',
  '沈阳样本建材有限公司',
  '辽宁演示物流有限公司',
  '沈阳虚拟商贸有限公司',
];
const LAW_FIRMS = ['辽宁示范律师事务所', '沈阳样例律师事务所', '辽宁演示律师事务所'];

export function applicantOf(i: number): DemoRequest['applicant'] {
  const phone = `13${(i % 9) + 1}${String(24_000_000 + i * 7919).padStart(8, '0')}`;
  const address = `沈阳市于洪区示例路${i + 1}号`;
  const orgType: ApplicantType | null = BUSINESS.has(i)
    ? 'business'
    : LEGAL.has(i)
      ? 'legal_service'
      : PUBLIC_INTEREST.has(i)
        ? 'public_interest'
        : null;
  const person = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`;
  if (orgType) {
    const org =
      orgType === 'business'
        ? COMPANIES[i % COMPANIES.length]!
        : orgType === 'legal_service'
          ? LAW_FIRMS[i % LAW_FIRMS.length]!
          : '沈阳示例环保公益协会';
    // A valid code (GB 32100 check character): the request contract refuses a wrong one (decision 0024 §4).
    const first17 = `91210114MA0${String(1000000 + i * 37).slice(0, 6)}`;
    const code = first17 + creditCodeCheckChar(first17);
    return {
      applicantType: orgType,
      applicantName: person,
      applicantIdType: null,
      applicantIdNumber: null,
      applicantPhone: phone,
      applicantAddress: address,
      orgName: org,
      orgCreditCode: code,
      orgLegalRepresentative: person,
    };
  }
  const birth = `19${50 + ((i * 3) % 45)}0${(i % 9) + 1}1${i % 10}`;
  const first17 = `210114${birth}${String(100 + i).slice(-3)}`;
  return {
    applicantType: 'natural_person',
    applicantName: person,
    applicantIdType: 'resident_id',
    applicantIdNumber: first17 + residentIdCheckDigit(first17),
    applicantPhone: phone,
    applicantAddress: address,
    orgName: null,
    orgCreditCode: null,
    orgLegalRepresentative: null,
  };
}

/**
 * The 43 requests, received on working days spread over 2020 (the extension case on 2020-01-16, so its
 * period runs into the Spring Festival extended by the State Council to 2020-02-02), the last ones early
 * enough in December to be concluded within the year.
 */
export function buildDemoPlan(cal: WorkCalendar): DemoRequest[] {
  const first = '2020-01-06';
  const span = countWorkingDaysBetween(cal, first, '2020-12-01');
  return Array.from({ length: DEMO_TOTAL }, (_, i) => {
    const receivedOn =
      i === 1 ? '2020-01-16' : addWorkingDays(cal, first, Math.floor((i * span) / DEMO_TOTAL));
    const unitCode = UNITS[i % UNITS.length]!;
    const topics = TOPICS[unitCode]!;
    const channel = IN_PERSON.has(i) ? 'in_person' : ONLINE.has(i) ? 'online' : 'letter';
    return {
      unitCode,
      channel,
      mailKind: channel === 'letter' ? (i % 3 === 0 ? 'ordinary' : 'registered') : null,
      receivedOn,
      applicant: applicantOf(i),
      description: `${topics[i % topics.length]}（演示数据）`,
      deliveryMethod: channel === 'online' ? 'email' : i % 4 === 0 ? 'paper_pickup' : 'paper_mail',
      outcome: OUTCOMES[i] ?? 'granted',
      replyAfter: 5 + ((i * 7) % 12),
      special: SPECIAL[i] ?? null,
      grounds: groundsOf(i, OUTCOMES[i] ?? 'granted'),
    } satisfies DemoRequest;
  });
}
