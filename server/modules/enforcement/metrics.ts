/** The enforcement.* figures (seed-figures.md), listed in the manifest. */
import {
  benchmarkDeviations,
  casesClosed,
  casesDecided,
  casesDecidedByKind,
  casesOpened,
  finesDecidedYuan,
  hearingsHeld,
  legalReviewCoverage,
  majorDecisions,
} from './cases/metrics.js';
import { inspectionPlanCompletion, inspectionsUnplanned } from './inspections/metrics.js';
import { filingsOnTimeRate, publicationOnTimeRate, publicationsOverdue } from './publication/metrics.js';
import { bodiesConfirmed, officersCertified } from './registry/metrics.js';

export const enforcementMetrics = [
  bodiesConfirmed,
  officersCertified,
  casesOpened,
  casesDecided,
  casesDecidedByKind,
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
