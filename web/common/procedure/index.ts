// The procedure panel every module's detail page shares: clocks, steps, the transition dialog.
// (The action buttons live in ../components: ActionButtons writes the blocking reason under them.)
export { ClockTag, type ClockTagProps, type Urgency } from './ClockTag.js';
export { type LeadingStep, StepInput, type StepLike, StepTimeline } from './StepTimeline.js';
export { type FieldSpec, noteField, onField } from './field-spec.js';
export { type BoundProps, TransitionDialog, type TransitionDialogProps } from './TransitionDialog.js';
export {
  type ProcedureRecord,
  type RecordProcedureOptions,
  useRecordProcedure,
} from './useRecordProcedure.js';
