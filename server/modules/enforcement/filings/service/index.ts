/** 重大处罚备案审查 use cases (one file each); routes and tests call them from here. */
export { FILING_SUBJECT_TYPE, openFiling } from './create-filing.js';
export { findFilings } from './find-filings.js';
export { type FilingWithCase, getScopedFiling, isLateFiling } from './records.js';
export { reviewFiling } from './review-filing.js';
export { submitFiling } from './submit-filing.js';
