export { type ClockRecord, findClocksForSubject, findLatestClocks } from './clock-record.js';
export { clockEventsSql, latestClockDueOnSql } from './clock-sql.js';
export {
  type ExtendClockInput,
  extendClock,
  isNextExtensionFurther,
  pauseClock,
  resumeClock,
  type StartClockInput,
  startClock,
  stopClock,
} from './clock-service.js';
export { clocksCli } from './cli.js';
export {
  type ClockDef,
  type ClockEvent,
  type ClockEventType,
  type ClockExtension,
  type FurtherExtension,
  defineClock,
  getClockDef,
  registerClock,
  listClockDefs,
} from './define-clock.js';
export {
  type DueItem,
  findMyDueItems,
  findNotifications,
  markNotificationRead,
  type NewNotification,
  notifyUsers,
  type NotificationItem,
} from './notifications.js';
export { localizeClock } from './localize-clock.js';
export { type RecomputeResult, recomputeClocksForYear } from './recompute.js';
export {
  type ClockState,
  ClockRuleError,
  type ClockStatus,
  expiredDueOn,
  replayClock,
} from './replay-clock.js';
export { clockRoutes } from './routes.js';
export { type SweepResult, sweepClocks } from './sweep.js';
export { DUE_SOON_WORKING_DAYS, type Urgency, urgencyOf } from './urgency.js';
// The tables are for tests and foreign keys; modules read clocks through the finders above.
export { clocks, notifications } from './schema.js';
