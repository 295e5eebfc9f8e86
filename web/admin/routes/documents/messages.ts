import { defineMessages } from '../../../common/i18n.js';

defineMessages(
  'documents',
  {
    title: '发文机关代字',
    subtitle:
      '答复书、行政处罚决定书等按“代字〔年份〕序号号”编号（GB/T 9704—2012），如 于司公开〔2024〕3号；未设置的按机构简称推定',
    unit: '机构',
    code: '机构代码',
    prefix: '现用代字',
    derived: '按简称推定',
    edit: '设置',
    clear: '恢复推定',
    save: '保存',
    cancel: '取消',
    saved: '已保存：{prefix}',
    dialogTitle: '设置 {unit} 的发文机关代字',
    field: '发文机关代字',
    fieldHint: '1 至 10 个汉字，如 于市监；文号为 代字 + 文种字 + 〔年份〕+ 序号 + 号',
    required: '请填写发文机关代字',
  },
  {
    title: 'Issuing-organ prefixes',
    subtitle:
      'Reply letters, penalty decisions and other documents are numbered “prefix〔year〕N号” (GB/T 9704-2012), e.g. 于司公开〔2024〕3号; units without one use a prefix derived from their short name',
    unit: 'Unit',
    code: 'Unit code',
    prefix: 'Prefix in use',
    derived: 'derived from the short name',
    edit: 'Set',
    clear: 'Use derived',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved: {prefix}',
    dialogTitle: 'Issuing-organ prefix of {unit}',
    field: 'Prefix',
    fieldHint: '1–10 Chinese characters, e.g. 于市监; a number is prefix + kind word +〔year〕+ N + 号',
    required: 'Enter the prefix',
  },
);
