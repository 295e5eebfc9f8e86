/** The proactive register's use cases (one file each); routes, the demo and the tests call them from here. */
export { findItems, findItemsForExport, itemConditions } from './find-items.js';
export { getItem, type ProactiveItemDetailData } from './get-item.js';
export { getGuide, type GuideView, publicGuides, putGuide } from './guides.js';
export { type ImportSummary, importItems, proactiveItemsLedger } from './import-items.js';
export { PROACTIVE_PERMISSIONS } from './policy.js';
export { type CataloguePage, findCatalogue, getCatalogueItem } from './public.js';
export type { EntryContent, ProactiveItemWithUnit } from './records.js';
export { insertEntries, type NewEntry, type RegisterItemInput, registerItem } from './register-item.js';
export { type UpdateItemInput, updateItem } from './update-item.js';
export { withdrawItem } from './withdraw-item.js';
