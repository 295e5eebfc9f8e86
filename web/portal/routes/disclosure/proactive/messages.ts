import { registerMessages } from '../../../../common/i18n.js';

/** The public catalogue and guide texts. */
registerMessages('disclosure.proactive', {
  'zh-CN': {
    portal: {
      catalogue: '政府信息公开目录',
      catalogueHint: '各部门主动公开的政府信息（政府网站发布部分），按部门和类别检索',
      department: '部门',
      allDepartments: '全部部门',
      all: '全部',
      keyword: '信息名称或文号',
      search: '查询',
      columns: {
        title: '信息名称',
        documentNumber: '文号',
        category: '类别',
        department: '发布机构',
        publishedOn: '公开日期',
      },
      total: '共 {total} 条',
      guides: '政府信息公开指南',
      guide: '公开指南',
      guideFor: '{unit}政府信息公开指南',
      contact: '联系方式',
      address: '办公地址',
      officeHours: '办公时间',
      updatedOn: '更新日期',
      items: '公开目录（{count} 条）',
      noGuide: '该单位尚未发布公开指南',
      back: '返回公开目录',
    },
  },
  'en-US': {
    portal: {
      catalogue: 'Disclosure catalogue',
      catalogueHint:
        'Information published by the departments on the government website, by department and category',
      department: 'Department',
      allDepartments: 'All departments',
      all: 'All',
      keyword: 'Title or document number',
      search: 'Search',
      columns: {
        title: 'Title',
        documentNumber: 'Document number',
        category: 'Category',
        department: 'Published by',
        publishedOn: 'Published on',
      },
      total: '{total} items',
      guides: 'Disclosure guides',
      guide: 'Guide',
      guideFor: 'Disclosure guide of {unit}',
      contact: 'Contact',
      address: 'Address',
      officeHours: 'Office hours',
      updatedOn: 'Updated',
      items: 'Catalogue ({count} items)',
      noGuide: 'No guide published yet',
      back: 'Back to the catalogue',
    },
  },
});
