/** The disclosure.* figures (seed-figures.md, table 三), listed in the manifest. */
import { feeRequests, feesCollectedYuan } from './fees.js';
import { proactiveItems, proactiveItemsByUnit, proactiveOnTimeRate } from './proactive.js';
import {
  averageReplyDays,
  extensions,
  replyOnTimeRate,
  requestsByApplicantType,
  requestsByOutcome,
  requestsConcluded,
  requestsOpenAtPeriodEnd,
  requestsReceived,
} from './requests.js';

export const disclosureMetrics = [
  proactiveItems,
  proactiveOnTimeRate,
  proactiveItemsByUnit,
  requestsReceived,
  requestsConcluded,
  requestsByApplicantType,
  requestsByOutcome,
  requestsOpenAtPeriodEnd,
  replyOnTimeRate,
  extensions,
  averageReplyDays,
  feesCollectedYuan,
  feeRequests,
];
