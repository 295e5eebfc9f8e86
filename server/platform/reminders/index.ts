/** Reminders that are not clocks: modules register sources; `/me/due-items` lists them beside the clocks. */
export {
  defineReminderSource,
  registerReminderSource,
  listReminderSources,
  type Reminder,
  type ReminderSource,
} from './define-reminder-source.js';
export { type DueDateSubject, dueDateReminder } from './due-date-reminder.js';
export { findReminders, type ReminderDueItem } from './find-reminders.js';
