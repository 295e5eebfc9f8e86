/**
 * The demo's 法律顾问团 and 公职律师 (于洪区, seed 一(二)二). INVENTED: the names, firms and licence numbers are
 * made up for the demo (the seed names none); 陈志远 is the demo account adviser_chen.
 */
export interface DemoAdviser {
  name: string;
  kind: 'retained' | 'public_lawyer';
  firm: string | null;
  licenceNumber: string;
  /** The managing unit's code: the 司法局 for the 法律顾问团, the employer for a 公职律师. */
  unit: string;
  fields: string[];
  /** Codes of the units served; empty: the whole district government. */
  serves: string[];
  /** The demo user who records as this adviser. */
  username?: string;
  /** A member who left the roster (their last contract ended that year). */
  endedIn?: number;
}

const SFJ = '210114-D08';

export const DEMO_ADVISERS: readonly DemoAdviser[] = [
  {
    name: '陈志远',
    kind: 'retained',
    firm: '辽宁正则律师事务所',
    licenceNumber: '12101200810123456',
    unit: SFJ,
    fields: ['administrative', 'land'],
    serves: ['210114', '210114-D11', '210114-D35'],
    username: 'adviser_chen',
  },
  {
    name: '林晓雯',
    kind: 'retained',
    firm: '辽宁正则律师事务所',
    licenceNumber: '12101201110234567',
    unit: SFJ,
    fields: ['contract', 'civil'],
    serves: ['210114-D09', '210114-D31', '210114-D32'],
  },
  {
    name: '周海涛',
    kind: 'retained',
    firm: '辽宁沈北律师事务所',
    licenceNumber: '12101200510345678',
    unit: SFJ,
    fields: ['administrative', 'petition'],
    serves: ['210114-D27', '210114-D07'],
  },
  {
    name: '孙立新',
    kind: 'retained',
    firm: '辽宁沈北律师事务所',
    licenceNumber: '12101200910456789',
    unit: SFJ,
    fields: ['land', 'administrative'],
    serves: ['210114-D15', '210114-D29', '210114-D11'],
  },
  {
    name: '吴佳琪',
    kind: 'retained',
    firm: '辽宁恒信律师事务所',
    licenceNumber: '12101201410567890',
    unit: SFJ,
    fields: ['labour', 'civil'],
    serves: ['210114-D10', '210114-D03'],
  },
  {
    name: '郑永强',
    kind: 'retained',
    firm: '辽宁恒信律师事务所',
    licenceNumber: '12101200710678901',
    unit: SFJ,
    fields: ['civil', 'contract'],
    serves: ['210114-D13', '210114-D14'],
  },
  {
    name: '高雅琴',
    kind: 'retained',
    firm: '辽宁明德律师事务所',
    licenceNumber: '12101201210789012',
    unit: SFJ,
    fields: ['finance', 'contract'],
    serves: ['210114-D34', '210114-D32', '210114-D16'],
  },
  {
    name: '冯振宇',
    kind: 'retained',
    firm: '辽宁明德律师事务所',
    licenceNumber: '12101200610890123',
    unit: SFJ,
    fields: ['administrative', 'civil'],
    serves: ['210114-D25', '210114-D22', '210114-D12'],
  },
  {
    name: '韩冬梅',
    kind: 'retained',
    firm: '辽宁盛京律师事务所',
    licenceNumber: '12101201310901234',
    unit: SFJ,
    fields: ['land', 'petition'],
    serves: ['210114-D35', '210114-D27'],
  },
  {
    name: '曹建华',
    kind: 'retained',
    firm: '辽宁盛京律师事务所',
    licenceNumber: '12101200410012345',
    unit: SFJ,
    fields: ['civil', 'labour'],
    serves: ['210114-D18', '210114-D24'],
    endedIn: 2022,
  },
  {
    name: '许文博',
    kind: 'public_lawyer',
    firm: null,
    licenceNumber: '公职2101142019001',
    unit: SFJ,
    fields: ['administrative', 'contract'],
    serves: ['210114', '210114-D01'],
  },
  {
    name: '邓丽华',
    kind: 'public_lawyer',
    firm: null,
    licenceNumber: '公职2101142019002',
    unit: SFJ,
    fields: ['administrative', 'petition'],
    serves: ['210114-D08', '210114-D27'],
  },
  {
    name: '田国栋',
    kind: 'public_lawyer',
    firm: null,
    licenceNumber: '公职2101142020003',
    unit: '210114-D11',
    fields: ['land', 'administrative'],
    serves: ['210114-D11'],
  },
];
