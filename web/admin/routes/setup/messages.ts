import { defineMessages } from '../../../common/i18n.js';

defineMessages(
  'setup',
  {
    title: '初始化本区',
    intro:
      '系统尚未设置行政区。请填写本区名称、代码和下属机构；任何一项有误均不保存，并逐项列出。设置后不能再次初始化，以后的机构调整在组织机构中进行。',
    name: '行政区名称',
    namePlaceholder: '如：于洪区',
    code: '行政区代码',
    codeHelp: '区划代码，如 210114；2 至 20 位字母、数字或连字符',
    units: '下属机构',
    unitsHelp: '上级机构代码留空即直属本区；上级须为本区代码或列在其上方的机构。',
    unitCode: '机构代码',
    unitName: '机构名称',
    unitType: '机构类型',
    parentCode: '上级机构代码',
    parentPlaceholder: '留空：直属本区',
    addUnit: '添加机构',
    removeUnit: '删除',
    noUnits: '尚未添加机构，也可稍后在下方或用户管理中从 .xlsx 导入。',
    required: '请填写',
    submit: '保存并进入系统',
    importTitle: '从 .xlsx 导入机构和人员',
    importIntro:
      '先下载模板填写。整份文件全部正确才导入，有误的行全部列出；新开通的账号各得一次性密码，只显示一次，首次登录须修改。',
    types: {
      department: '部门',
      enforcement_body: '行政执法机构',
      street: '街道（乡镇）',
      village: '村（社区）',
      grid: '网格',
    },
  },
  {
    title: 'Set up the district',
    intro:
      'The district has not been set up yet. Enter its name, its code and its units; nothing is saved while any field is wrong, and every such field is listed. Set-up is done once; later changes to units are made in the org screens.',
    name: 'District name',
    namePlaceholder: 'e.g. 于洪区',
    code: 'District code',
    codeHelp: 'The administrative division code, e.g. 210114; 2–20 letters, digits or hyphens',
    units: 'Units',
    unitsHelp:
      'A blank parent code puts the unit directly under the district; a parent is the district code or a unit listed above.',
    unitCode: 'Unit code',
    unitName: 'Unit name',
    unitType: 'Unit type',
    parentCode: 'Parent code',
    parentPlaceholder: 'Blank: under the district',
    addUnit: 'Add a unit',
    removeUnit: 'Remove',
    noUnits: 'No units yet; they can also be imported from .xlsx below or later on the Users page.',
    required: 'Required',
    submit: 'Save and continue',
    importTitle: 'Import units and people from .xlsx',
    importIntro:
      'Fill in the template first. A file is imported only when every row is right, and every wrong row is listed; each new account gets a one-time password, shown once, to be changed at first login.',
    types: {
      department: 'Department',
      enforcement_body: 'Enforcement body',
      street: 'Street (township)',
      village: 'Village (community)',
      grid: 'Grid',
    },
  },
);
