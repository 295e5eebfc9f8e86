import { definePermissions } from '../authz/index.js';

/** Loading a year's State Council holiday notice changes every due date that reaches it: coordinators only. */
export const calendarPermissions = definePermissions({
  'calendar.load': { label: '载入节假日安排', roles: ['coordinator'] },
});
