import { IsoDate } from './fields.js';
import { z } from './zod-setup.js';

/**
 * The procedure presentation every module's detail page shares (the web procedure panel reads these):
 * what the user may do next and why not, the steps taken, and the clocks running. Built by the kernel's
 * presenter (server/platform/procedures/present.ts) from the engine's output.
 */

/** Why a transition is out of reach, in the fixed order state → permission → scope → gate (decision 0004). */
export const BlockedReasonOut = z
  .object({
    kind: z.enum(['state', 'permission', 'scope', 'gate']),
    /** Stable UPPER_SNAKE code: TRANSITION_NOT_ALLOWED, FORBIDDEN, a gate's own code … */
    code: z.string(),
    /** zh-CN sentence shown beside the disabled button. */
    message: z.string(),
  })
  .meta({ id: 'ProcedureBlockedReason' });
export type BlockedReasonOut = z.infer<typeof BlockedReasonOut>;

/** One transition the user may fire (`allowed`) or may not, with the reason. */
export const ActionOut = z
  .object({
    /** The transition key: `POST <record>/transitions/<key>` fires it. */
    key: z.string(),
    label: z.string(),
    allowed: z.boolean(),
    reason: BlockedReasonOut.optional(),
  })
  .meta({ id: 'ProcedureAction' });
export type ActionOut = z.infer<typeof ActionOut>;

/** One applied transition of the record's procedural history (oldest first). */
export const StepOut = z
  .object({
    transition: z.string(),
    label: z.string(),
    fromState: z.string(),
    toState: z.string(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    /** The transition's form as recorded (its `on` is the day the step took legal effect). */
    input: z.unknown(),
  })
  .meta({ id: 'ProcedureStep' });
export type StepOut = z.infer<typeof StepOut>;

/** A clock of the record, with its due date and the sentence explaining it. */
export const ClockOut = z
  .object({
    key: z.string(),
    label: z.string(),
    startedOn: IsoDate,
    dueOn: IsoDate.nullable(),
    status: z.string(),
    /** ok | due_soon | due_today | overdue while running; otherwise the status. */
    urgency: z.string(),
    extensionsUsed: z.number().int(),
    explanation: z.string(),
  })
  .meta({ id: 'ProcedureClock' });
export type ClockOut = z.infer<typeof ClockOut>;
