import { sweepClocks } from '../clocks/index.js';
import { purgeStaleThrottles } from '../org/login-throttle-store.js';
import { purgeExpiredSessions } from '../org/sessions.js';
import { chinaDate } from '../context.js';
import { defineJob } from './registry.js';

/**
 * Every night marks clocks due soon (≤ 3 working days) and overdue, and notifies their handlers.
 * Idempotent: a second run the same day changes nothing and notifies no one twice.
 */
export const dailyClockSweep = defineJob({
  name: 'clocks.daily-sweep',
  schedule: '0 1 * * *', // 01:00 China time: after midnight, so "today" is the new statutory day
  run: async ({ db, now }) => {
    await sweepClocks(db, chinaDate(now));
  },
});

/**
 * Every night removes sessions past their life or idle limit (they are refused anyway) and login-throttle
 * counters long forgotten; this keeps both tables small.
 */
export const sessionPurge = defineJob({
  name: 'org.session-purge',
  schedule: '30 1 * * *',
  run: async ({ db, now }) => {
    // The longest idle limit any deployment is likely to set; a live session is touched every minute.
    await purgeExpiredSessions(db, { now, idleMinutes: 24 * 60 });
    await purgeStaleThrottles(db, now);
  },
});
