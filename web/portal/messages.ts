import { defineMessages } from '../common/i18n.js';

defineMessages(
  'portal',
  {
    home: '首页',
    login: '工作人员登录',
    welcome: '欢迎访问于洪区法治政府建设公开门户',
    intro: '在这里可以查询本区公开的法治政府建设信息，并按法定工作日计算办理期限。',
    sections: '公开栏目',
    noSections: '暂无公开栏目',
    departments: '本区行政机关',
    footer: '沈阳市于洪区人民政府 · 于洪区法治政府建设公开门户',
    footerNote: '期限计算结果仅供参考，以法律法规及有关机关的决定为准',
  },
  {
    home: 'Home',
    login: 'Staff login',
    welcome: 'Welcome to the Yuhong District rule-of-law public portal',
    intro:
      'Look up what the district publishes on building a law-based government, and count statutory periods.',
    sections: 'Public sections',
    noSections: 'No public sections yet',
    departments: 'Administrative bodies of the district',
    footer: 'Yuhong District People’s Government, Shenyang · Rule-of-law public portal',
    footerNote: 'Calculated dates are for reference; the law and the competent authority decide',
  },
);
