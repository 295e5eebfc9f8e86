export { deriveReceivedOn, type ReceiptFacts, type ReceiptResult } from './receipt.js';
export { maskEmail, maskIdNumber, maskPersonName, maskPhone } from '../../../../common/privacy/masking.js';
export { formatTrackingCode, trackingCodeFrom } from './tracking-code.js';
export {
  CORRECTION_NOTICE_WORKING_DAYS,
  correctionWindowEndsOn,
  FEE_RULES_IN_FORCE_ON,
  isWithinCorrectionWindow,
  perApplicationFee,
} from './deadlines.js';
export {
  isDenial,
  type OutcomeDef,
  outcomeByCode,
  outcomeFromLabel,
  outcomeGroupOf,
  PROCEDURAL_OUTCOMES,
} from './outcomes.js';
