/** The enforcement.* figures (seed-figures.md), listed in the manifest. */
import {
  benchmarkDeviations,
  casesClosed,
  casesDecided,
  casesOpened,
  finesDecidedYuan,
  hearingsHeld,
  legalReviewCoverage,
  majorDecisions,
} from './cases.js';
import { inspectionPlanCompletion, inspectionsUnplanned } from './inspections.js';
import { filingsOnTimeRate, publicationOnTimeRate, publicationsOverdue } from './publication.js';
import { bodiesConfirmed, officersCertified } from './registry.js';

export const enforcementMetrics = [
  bodiesConfirmed,
  officersCertified,
  casesOpened,
  casesDecided,
  casesClosed,
  majorDecisions,
  hearingsHeld,
  benchmarkDeviations,
  finesDecidedYuan,
  legalReviewCoverage,
  publicationOnTimeRate,
  publicationsOverdue,
  filingsOnTimeRate,
  inspectionPlanCompletion,
  inspectionsUnplanned,
];
