import type { PartyType } from '../../../../common/contracts/enforcement/dictionaries.js';
import { creditCodeCheckChar, residentIdCheckDigit } from '../../../../common/identity/check-digits.js';
import { intIn, pick, type Rand, weighted } from './random.js';

// Every name, number and address below is INVENTED for the demo: none designates a real person or business.
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '高',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '韩',
  '冯',
  '于',
  '董',
  '曹',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建国',
  '志强',
  '海燕',
  '晓东',
  '春梅',
  '国庆',
  '玉兰',
  '德胜',
];
const WORDS = [
  '鑫盛',
  '宏达',
  '恒通',
  '金源',
  '瑞丰',
  '华泰',
  '昌隆',
  '兴旺',
  '福润',
  '嘉禾',
  '佳美',
  '永信',
  '泰和',
  '天悦',
  '盛世',
  '广源',
  '众诚',
  '诚信',
  '利民',
  '顺达',
  '鼎盛',
  '亿丰',
  '东升',
  '海川',
];
const SHOPS = [
  '便利店',
  '烧烤店',
  '饭店',
  '水果超市',
  '五金商店',
  '汽车修理部',
  '理发店',
  '日杂商店',
  '副食店',
  '建材商店',
  '药店',
  '网吧',
];
const INDUSTRIES = [
  '食品',
  '商贸',
  '建筑工程',
  '物流',
  '餐饮管理',
  '物业管理',
  '环保科技',
  '机械制造',
  '医药连锁',
  '运输',
  '房地产开发',
  '化工',
];
const ORG_KINDS = ['业主委员会', '专业合作社', '培训学校', '养老院'];
const ROADS = [
  '黄海路',
  '怒江北街',
  '鸭绿江北街',
  '沈新路',
  '北陵大街',
  '陵西街',
  '杨士街',
  '城东湖街',
  '沙岭路',
  '造化路',
  '光辉街',
  '迎宾路',
];

export interface Party {
  partyType: PartyType;
  partyName: string;
  partyIdNumber: string;
  partyPhone: string;
  partyAddress: string;
}

const digits = (rand: Rand, n: number) => Array.from({ length: n }, () => String(intIn(rand, 0, 9))).join('');
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditTail = (rand: Rand) =>
  Array.from({ length: 8 }, () => CREDIT_CHARS[intIn(rand, 0, CREDIT_CHARS.length - 1)]).join('');

/** An invented person's name. */
export const personName = (rand: Rand) => `${pick(rand, SURNAMES)}${pick(rand, GIVEN)}`;

/**
 * An invented 于洪区 居民身份证号 with a true check digit (GB 11643). The last draw is kept, unused, so the
 * demo's random sequence — and every figure drawn after it — stays what it was.
 */
export function personIdNumber(rand: Rand): string {
  const birth = `19${intIn(rand, 55, 99)}${String(intIn(rand, 1, 12)).padStart(2, '0')}${String(intIn(rand, 1, 28)).padStart(2, '0')}`;
  const first17 = `210114${birth}${digits(rand, 3)}`;
  if (rand() >= 0.1) digits(rand, 1);
  return first17 + residentIdCheckDigit(first17);
}

/** An invented 统一社会信用代码 with a true check character (GB 32100), drawn as before. */
const creditCode = (prefix: string, rand: Rand) => {
  const first17 = `${prefix}${creditTail(rand)}`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
};

export const phoneNumber = (rand: Rand) =>
  `1${pick(rand, ['39', '38', '35', '86', '58', '52'])}${digits(rand, 8)}`;

/** An invented party of a case: type, name, identifier, phone and address. */
export function inventParty(rand: Rand, weights: readonly (readonly [PartyType, number])[]): Party {
  const partyType = weighted(rand, weights);
  const address = `沈阳市于洪区${pick(rand, ROADS)}${intIn(rand, 1, 299)}号`;
  const phone = phoneNumber(rand);
  switch (partyType) {
    case 'natural_person':
      return {
        partyType,
        partyName: personName(rand),
        partyIdNumber: personIdNumber(rand),
        partyPhone: phone,
        partyAddress: address,
      };
    case 'individual_business':
      return {
        partyType,
        partyName: `于洪区${pick(rand, WORDS)}${pick(rand, SHOPS)}`,
        partyIdNumber: creditCode('92210114MA', rand),
        partyPhone: phone,
        partyAddress: address,
      };
    case 'legal_person':
      return {
        partyType,
        partyName: `沈阳${pick(rand, WORDS)}${pick(rand, INDUSTRIES)}有限公司`,
        partyIdNumber: creditCode('91210114MA', rand),
        partyPhone: `024-${digits(rand, 8)}`,
        partyAddress: address,
      };
    default:
      return {
        partyType,
        partyName: `于洪区${pick(rand, WORDS)}${pick(rand, ORG_KINDS)}`,
        partyIdNumber: creditCode('52210114MA', rand),
        partyPhone: phone,
        partyAddress: address,
      };
  }
}

/** An invented target of an inspection (an enterprise or a shop). */
export const inventTarget = (rand: Rand) =>
  rand() < 0.6
    ? `沈阳${pick(rand, WORDS)}${pick(rand, INDUSTRIES)}有限公司`
    : `于洪区${pick(rand, WORDS)}${pick(rand, SHOPS)}`;
