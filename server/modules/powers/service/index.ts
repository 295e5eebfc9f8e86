/** The power list's use cases (one file each); routes, the CLI and the demo call them from here. */
export { type CreateItemInput, createItem } from './create-item.js';
export { findItems, findItemsForExport, type ItemFilters } from './find-items.js';
export { fireTransition, itemTransitions, openRevision } from './fire-transition.js';
export { getItem, type PowerItemDetailData } from './get-item.js';
export {
  type ImportSummary,
  importItems,
  type NewItem,
  powerItemsLedger,
  registerItems,
} from './import-items.js';
export { findPublishedItems, getPublishedItem, type PublishedPage, publishedDepartments } from './public.js';
export type { PowerItemWithUnit } from './records.js';
export { type CategoryStats, type DepartmentCounts, itemStats } from './stats.js';
export { type UpdateItemInput, updateItem } from './update-item.js';
