import { describe, expect, it } from 'vitest';
import { REQUEST_OUTCOMES } from '../../../../common/contracts/disclosure/outcomes.js';
import { buildReplyDocument } from './reply-document.js';
import { chineseDate, type ReplyFacts, remediesOf, replyParagraphs } from './reply-text.js';

const facts = (over: Partial<ReplyFacts> = {}): ReplyFacts => ({
  organName: '区住房和城乡建设局',
  organ: { kind: 'department', districtName: '于洪区', parentDepartmentName: null },
  trackingCode: 'ABCDEFGHJKMN',
  applicantName: '张三',
  receivedOn: '2020-06-01',
  informationDescription: '某小区维修资金使用审批材料',
  outcome: 'granted',
  concludedOn: '2020-06-20',
  withdrawn: false,
  correctionRequestedOn: null,
  correctionReceivedOn: null,
  feeNoticeOn: null,
  replyText: null,
  withheldParts: [],
  notHeldKind: null,
  competentOrgan: null,
  competentOrganContact: null,
  competentOrganUnknownReason: null,
  ...over,
});
const text = (f: ReplyFacts) => replyParagraphs(f).join('\n');

describe('reply text', () => {
  it('writes dates as GB/T 9704 does', () => {
    expect(chineseDate('2020-03-05')).toBe('2020年3月5日');
  });
  it('states the finding and the basis of each outcome', () => {
    const denied = text(facts({ outcome: 'denied_state_secret' }));
    expect(denied).toContain('属于国家秘密');
    expect(denied).toContain('第十四条');
    const corrected = text(facts({ correctionReceivedOn: '2020-06-10' }));
    expect(corrected).toContain('2020年6月10日收到您补正后的申请');
  });
  it('builds a .docx', async () => {
    const buffer = await buildReplyDocument(facts());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
  });
});

// Rule 10 of issue #9 — decision 0017 §1.
describe('remedies by the date of the reply', () => {
  it('before 2024: a refusal offers 复议 (本级人民政府 or 上一级主管部门, 2017 第十二条) or a lawsuit in 6 months', () => {
    const r = remediesOf(facts({ outcome: 'denied_third_party', concludedOn: '2023-12-29' }))!;
    expect(r).toContain('六十日内向于洪区人民政府或者上一级主管部门申请行政复议');
    expect(r).toContain('第十二条第一款');
    expect(r).toContain('也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼');
    expect(r).toContain('《中华人民共和国行政诉讼法》第四十六条第一款');
    expect(r).not.toContain('应当先');
  });
  it('before 2024: the district government’s own reply goes to the next level up (2017 第十三条)', () => {
    const organ = { kind: 'government', districtName: '于洪区', parentDepartmentName: null } as const;
    const r = remediesOf(facts({ outcome: 'denied_state_secret', organ }))!;
    expect(r).toContain('向上一级人民政府申请行政复议');
    expect(r).toContain('第十三条第一款');
    expect(r).toContain('六个月内');
  });
  it('from 2024-01-01: a refusal requires 复议 first, in the words of 行政复议法 (2023) 第二十三条', () => {
    for (const outcome of ['denied_third_party', 'partially_granted']) {
      const r = remediesOf(facts({ outcome, concludedOn: '2024-01-02' }))!;
      expect(r).toContain('第二十三条第一款第（四）项');
      expect(r).toContain('应当先向行政复议机关申请行政复议');
      expect(r).toContain('向于洪区人民政府申请行政复议');
      expect(r).toContain('第二十四条第一款第（一）项');
      expect(r).toContain('十五日内依法向人民法院提起行政诉讼');
      expect(r).not.toContain('上一级主管部门');
      expect(r).not.toContain('六个月');
    }
  });
  it('from 2024-01-01: other replies still offer 复议 (2023 第二十条、第二十四条) or a lawsuit', () => {
    const r = remediesOf(facts({ outcome: 'unable_needs_creation', concludedOn: '2024-03-01' }))!;
    expect(r).toContain('第二十条第一款');
    expect(r).toContain('也可以自收到本答复之日起六个月内');
    expect(r).not.toContain('应当先');
  });
  it('a withdrawal letter offers no remedies', () => {
    const f = facts({ outcome: 'other', withdrawn: true });
    expect(remediesOf(f)).toBeNull();
    expect(text(f)).not.toContain('行政复议');
  });
  it('every basis a letter cites names an article', () => {
    for (const { code } of REQUEST_OUTCOMES) {
      const f = facts({ outcome: code, withdrawn: code === 'other', notHeldKind: 'not_exist' });
      for (const p of replyParagraphs(f).filter((x) => x.startsWith('依据')))
        expect(p, code).toMatch(/第[一二三四五六七八九十]+条/);
    }
  });
});

// Rule 11 of issue #9 — decision 0017 §2–§3.
describe('grounds of a partial reply and of 第三十六条第（五）项', () => {
  it('prints each withheld part with its ground and cites its article', () => {
    const t = text(
      facts({
        outcome: 'partially_granted',
        withheldParts: [
          { part: '业主姓名及联系电话', ground: 'personal_privacy' },
          { part: '审批讨论记录', ground: 'process_info' },
        ],
      }),
    );
    expect(t).toContain('（一）业主姓名及联系电话：涉及个人隐私');
    expect(t).toContain('（二）审批讨论记录：属于讨论记录、过程稿、磋商信函、请示报告等过程性信息');
    expect(t).toContain('依据：《政府信息公开条例》第三十七条、第十五条、第十六条第二款');
    expect(t).not.toContain('相关内容涉及依法不予公开的情形');
  });
  it('names the competent organ under 第三十六条第（五）项, never “不存在”', () => {
    const t = text(
      facts({
        outcome: 'unable_not_held',
        notHeldKind: 'not_competent',
        competentOrgan: '沈阳市于洪区市场监督管理局',
        competentOrganContact: '024-25800000',
      }),
    );
    expect(t).toContain('不属于本机关负责公开');
    expect(t).toContain('沈阳市于洪区市场监督管理局');
    expect(t).toContain('024-25800000');
    expect(t).toContain('第三十六条第（五）项');
    expect(t).not.toContain('不存在');
    expect(t).not.toContain('第（四）项');
  });
  it('says why the competent organ cannot be determined, and cites 第（四）项 only for information that does not exist', () => {
    const unknown = text(
      facts({
        outcome: 'unable_not_held',
        notHeldKind: 'not_competent',
        competentOrganUnknownReason: '该信息涉及的事项未明确主管部门',
      }),
    );
    expect(unknown).toContain('无法确定负责公开该政府信息的行政机关');
    expect(unknown).toContain('该信息涉及的事项未明确主管部门');
    expect(unknown).not.toContain('不存在');
    const none = text(facts({ outcome: 'unable_not_held', notHeldKind: 'not_exist' }));
    expect(none).toContain('第三十六条第（四）项');
    expect(none).not.toContain('第（五）项');
  });
});
