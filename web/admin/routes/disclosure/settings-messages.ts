import { defineMessages } from '../../../common/i18n.js';

/** The disclosure settings screen (the district's fee method, decision 0018 §7). */
defineMessages(
  'disclosureSettings',
  {
    title: '政务公开参数',
    subtitle: '由协调员设定，适用于全区各行政机关的依申请公开办理',
    feeMethod: '信息处理费计收方式',
    feeMethodHelp:
      '国办函〔2020〕109号第三条：行政机关可以根据本机关的工作实际，自行选择按件计收或者按量计收，对同一申请不得同时适用。本区确定的方式作为收费通知的默认方式；选用另一种方式须书面说明理由',
    unset: '尚未设定：办理人员在每份收费通知上选择计收方式',
    updatedAt: '最近一次设定：{at}',
    save: '保存',
    saved: '已保存',
    required: '请选择',
  },
  {
    title: 'Disclosure settings',
    subtitle:
      'Set by the coordinator; they apply to every organ of the district handling disclosure requests',
    feeMethod: 'Processing-fee charging method',
    feeMethodHelp:
      'State Council Office letter 109/2020 art. 3: each organ chooses per-request or per-page charging, never both for one request. The district’s choice is the default of every fee notice; the other method needs a written reason',
    unset: 'Not set: officers choose the method on each fee notice',
    updatedAt: 'Last set: {at}',
    save: 'Save',
    saved: 'Saved',
    required: 'Please choose',
  },
);
