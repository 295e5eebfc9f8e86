import type { AuditActionsOf } from './audit/actions.js';
import { calendarPermissions } from './calendar/policy.js';
import { dailyClockSweep, sessionPurge } from './jobs/builtin.js';
import type { Declarations } from './modules.js';
import { orgPermissions } from './org/policy.js';
import { reportPermissions } from './reports/policy.js';
import { workbenchPermissions } from './workbench/policy.js';

/** The kernel's own declarations, registered before any module's. */
export const kernelDeclarations = {
  permissions: {
    ...orgPermissions,
    ...calendarPermissions,
    ...workbenchPermissions,
    ...reportPermissions,
  },
  jobs: [dailyClockSweep, sessionPurge],
  auditActions: [
    'auth.login.failed',
    'auth.login.throttled',
    'auth.password.changed',
    'auth.password.reset',
    'auth.session.created',
    'auth.session.ended',
    // No longer written (the lock became the login throttle, decision 0020); kept for the old events.
    'auth.user.locked',
    'auth.user.unlocked',
    'calendar.year.loaded',
    'clocks.clock.extended',
    'clocks.clock.paused',
    'clocks.clock.resumed',
    'clocks.clock.started',
    'clocks.clock.stopped',
    'org.unit.created',
    'org.unit.document_prefix_set',
    'org.district.set_up',
    // No longer written (the flag left the org, decision 0013); declared so the old events' action stays known.
    'org.unit.enforcement_flag_changed',
    'org.user.created',
    'org.user.disabled',
    'org.user.enabled',
    'reports.figure.corrected',
    'reports.figure.imported',
  ],
} as const satisfies Declarations;

declare module './audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof kernelDeclarations.auditActions> {}
}
