/** The enforcement registers' use cases (one file each); routes, the demo and the tests call them from here. */
export { addMajorCatalogueEntry } from './add-major-catalogue-entry.js';
export type { BenchmarkWithRefs } from './benchmark-records.js';
export type { BodyWithCounts } from './body-records.js';
export {
  certificateReminder,
  certificateReminders,
  loadCertificateReminders,
} from './certificate-reminders.js';
export { CERTIFICATE_WARNING_DAYS, certificateStateOf } from './certificates.js';
export { type ConfirmBodyInput, confirmBody, findBodyCandidates } from './confirm-body.js';
export { type CreateBenchmarkInput, createBenchmark } from './create-benchmark.js';
export { type CreateFeeInput, createFee } from './create-fee.js';
export { type CreateOfficerInput, createOfficer } from './create-officer.js';
export { deactivateBenchmark } from './deactivate-benchmark.js';
export { deactivateMajorCatalogueEntry } from './deactivate-major-catalogue-entry.js';
export { deactivateOfficer } from './deactivate-officer.js';
export type { FeeWithCollections } from './fee-records.js';
export { findBenchmarks, findBenchmarksForExport } from './find-benchmarks.js';
export { findBodies, findBodiesForExport } from './find-bodies.js';
export { findFees, findFeesForExport } from './find-fees.js';
export { findMajorCatalogue } from './find-major-catalogue.js';
export { findOfficers, findOfficersForExport } from './find-officers.js';
export { benchmarksLedger, importBenchmarks } from './import-benchmarks.js';
export { bodiesLedger, importBodies } from './import-bodies.js';
export { feesLedger, importFees } from './import-fees.js';
export { importOfficers, officersLedger } from './import-officers.js';
export {
  assertOfficersMayHandle,
  DEFAULT_SETTINGS,
  type EnforcementSettings,
  getSettings,
  isInMajorCatalogue,
} from './lookups.js';
export type { MajorCatalogueEntry } from './major-catalogue-records.js';
export { maySeeOfficerPersonalData, type OfficerWithUnit } from './officer-records.js';
export { recordFeeCollection } from './record-fee-collection.js';
export { repealFee } from './repeal-fee.js';
export { revokeBody } from './revoke-body.js';
export { updateBenchmark } from './update-benchmark.js';
export { updateBody } from './update-body.js';
export { updateFee } from './update-fee.js';
export { updateOfficer } from './update-officer.js';
export { type SettingsInput, updateSettings } from './update-settings.js';
export { type SettingsView, viewSettings } from './view-settings.js';
