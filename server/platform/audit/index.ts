export {
  assertDeclaredAuditAction,
  type AuditAction,
  type AuditActionsOf,
  type DeclaredAuditActions,
  isDeclaredAuditAction,
  registerAuditActions,
} from './actions.js';
export { type AuditInput, recordAudit, recordAudits } from './record-audit.js';
export { verifyAuditChain, type ChainVerdict } from './verify-chain.js';
export { assertSm3Available, sm3 } from './hash.js';
