/** Ledgers declared, edges derived: a module declares a ledger entry; the kernel mounts its routes and CLI. */
export { exportLedgerFile, importLedgerFile, importSummary, ledgersCli } from './cli.js';
export { defineLedgerEntry } from './define-ledger-entry.js';
export { importLedger } from './import-ledger.js';
export { UNCHANGED } from './ledger-entry.js';
export type {
  ExportSpec,
  ImportSession,
  ImportSpec,
  LedgerEntry,
  LedgerEntrySpec,
  Progress,
  RowVerdict,
} from './ledger-entry.js';
export { exportFileName, mountLedgerRoutes } from './routes.js';
