import { defineMessages } from '../common/i18n.js';

defineMessages(
  'admin',
  {
    brand: '法治政府建设',
    nav: { home: '工作台', calendar: '工作日历', documents: '发文机关代字', users: '用户管理' },
    shell: { loadFailed: '导航加载失败', collapse: '收起菜单' },
    user: { logout: '退出登录', role: '角色', unit: '所在单位', loggedOut: '已退出登录' },
    bell: {
      title: '通知',
      empty: '暂无通知',
      markAll: '全部标为已读',
      unread: '{count} 条未读',
      due: '已逾期 {overdue} 项 · 即将到期 {dueSoon} 项',
      allDue: '全部期限',
    },
    login: {
      title: '登录',
      subtitle: '请使用本单位分配的账号登录',
      username: '用户名',
      password: '密码',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
      submit: '登录',
      portal: '访问公开门户',
    },
  },
  {
    brand: 'Rule of Law',
    nav: { home: 'Home', calendar: 'Working calendar', documents: 'Document prefixes', users: 'Users' },
    shell: { loadFailed: 'Navigation failed to load', collapse: 'Collapse menu' },
    user: { logout: 'Log out', role: 'Role', unit: 'Unit', loggedOut: 'Logged out' },
    bell: {
      title: 'Notifications',
      empty: 'No notifications',
      markAll: 'Mark all read',
      unread: '{count} unread',
      due: '{overdue} overdue · {dueSoon} due soon',
      allDue: 'All deadlines',
    },
    login: {
      title: 'Log in',
      subtitle: 'Use the account your unit gave you',
      username: 'Username',
      password: 'Password',
      usernameRequired: 'Enter your username',
      passwordRequired: 'Enter your password',
      submit: 'Log in',
      portal: 'Public portal',
    },
  },
);
