import { defineLedgerEntry } from '../ledgers/define-ledger-entry.js';
import { unitsLedger } from './import-units.js';
import { usersLedger } from './import-users.js';

/** The kernel's own ledgers: the org tree and the accounts, loaded from .xlsx at first run (issue #10). */
export const orgLedgers = [defineLedgerEntry(unitsLedger), defineLedgerEntry(usersLedger)];
