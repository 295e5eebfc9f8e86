/** 行政检查计划 and 行政检查 (于洪区行政检查计划管理办法): one use case per file. */
export { createPlan, type CreatePlanInput } from './create-plan.js';
export { filePlan, type FilePlanInput } from './file-plan.js';
export {
  findInspections,
  findInspectionsForExport,
  getInspection,
  type InspectionView,
  type OfficerRef,
} from './find-inspections.js';
export { findPlans, getPlan, type PlanView } from './find-plans.js';
export { importInspections, type InspectionImportSummary } from './import-inspections.js';
export { type ProgressLine, planProgress } from './plan-progress.js';
export { type CreateInspectionInput, recordInspection } from './record-inspection.js';
export { replacePlanItems, type ReplacePlanItemsInput } from './replace-plan-items.js';
