import { defineMessages } from '../../../common/i18n.js';

/** The home page's calendar notice texts (zh-CN is the working language). */
defineMessages(
  'admin.calendarNotice',
  {
    missing:
      '{year} 年节假日安排尚未载入：跨入 {year} 年的期限暂按普通周末推算，标为“暂定”。国务院办公厅通知发布后须载入。',
    load: '前往工作日历载入',
  },
  {
    missing:
      'The {year} holiday schedule is not loaded: deadlines reaching into {year} count plain weekends only and are marked provisional. Load it once the State Council notice is out.',
    load: 'Load it in the calendar',
  },
);
