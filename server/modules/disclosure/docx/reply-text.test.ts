import { describe, expect, it } from 'vitest';
import { buildReplyDocument } from './reply-document.js';
import { chineseDate, type ReplyFacts, remediesOf, replyParagraphs } from './reply-text.js';

const facts = (over: Partial<ReplyFacts> = {}): ReplyFacts => ({
  organName: '区住房和城乡建设局',
  districtName: '于洪区',
  organIsDistrict: false,
  trackingCode: 'ABCDEFGHJKMN',
  applicantName: '张三',
  receivedOn: '2020-06-01',
  informationDescription: '某小区维修资金使用审批材料',
  outcome: 'granted',
  concludedOn: '2020-06-20',
  correctionRequestedOn: null,
  correctionReceivedOn: null,
  feeNoticeOn: null,
  replyText: null,
  ...over,
});

describe('reply text', () => {
  it('writes dates as GB/T 9704 does', () => {
    expect(chineseDate('2020-03-05')).toBe('2020年3月5日');
  });
  it('sends a refusal to 行政复议 first (复议前置 since 2024), other replies to 复议 or 诉讼', () => {
    expect(remediesOf(facts({ outcome: 'denied_third_party' }))).toMatch(
      /向于洪区人民政府申请行政复议；对行政复议决定不服的/,
    );
    expect(remediesOf(facts({ outcome: 'unable_not_held' }))).toContain('或者自收到本答复之日起六个月内');
    expect(remediesOf(facts({ organIsDistrict: true }))).toContain('上一级人民政府');
  });
  it('states the finding and the basis of each outcome', () => {
    const denied = replyParagraphs(facts({ outcome: 'denied_state_secret' })).join('\n');
    expect(denied).toContain('属于国家秘密');
    expect(denied).toContain('第十四条');
    const corrected = replyParagraphs(facts({ correctionReceivedOn: '2020-06-10' })).join('\n');
    expect(corrected).toContain('2020年6月10日收到您补正后的申请');
  });
  it('builds a .docx', async () => {
    const buffer = await buildReplyDocument(facts());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
  });
});
