/** 执法决定公示 (国办发〔2018〕118号; 《行政处罚法》第四十八条): staff use cases and the portal's reads. */
export { type ChangeDecisionInput, changeDecision } from './change-decision.js';
export { findPublications } from './find-publications.js';
export { findPublishedDecisions } from './find-published-decisions.js';
export { getPublishedDecision } from './get-published-decision.js';
export { findPublicBodies, findPublicFees } from './public-registers.js';
export { getPublication, isOverdue } from './publication-view.js';
export type { PublishedDecisionRecord } from './published-records.js';
export { type PublishDecisionInput, publishDecision } from './publish-decision.js';
export { type WithdrawPublicationInput, withdrawPublication } from './withdraw-publication.js';
