export {
  assertDeclaredAuditAction,
  type AuditAction,
  type AuditActionsOf,
  type DeclaredAuditActions,
  isDeclaredAuditAction,
  registerAuditActions,
} from './actions.js';
export { anchorAuditHead, openAuditAnchor } from './anchor.js';
export { type AuditEventRecord, findAuditEvents } from './find-events.js';
export { type AuditInput, recordAudit, recordAudits } from './record-audit.js';
export { verifyAuditChain, type ChainVerdict } from './verify-chain.js';
export { assertSm3Available, sm3 } from './hash.js';
export { canonicalJson } from './canonical.js';
// The table itself is for foreign keys and tests; modules read events through findAuditEvents.
export { auditEvents } from './schema.js';
