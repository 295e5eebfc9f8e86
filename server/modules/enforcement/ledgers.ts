/** The enforcement ledgers the kernel mounts (export, import template, import, CLI), declared in the services. */
import { defineLedgerEntry, type LedgerEntry } from '../../platform/ledgers/index.js';
import { casesLedger } from './cases/service/import-cases.js';
import { inspectionsLedger } from './inspections/service/import-inspections.js';
import { benchmarksLedger, bodiesLedger, feesLedger, officersLedger } from './registry/service/index.js';

/** The five registers' ledgers (bodies, officers, benchmarks, fees). */
export const registryLedgers: readonly LedgerEntry[] = [
  defineLedgerEntry(bodiesLedger),
  defineLedgerEntry(officersLedger),
  defineLedgerEntry(benchmarksLedger),
  defineLedgerEntry(feesLedger),
];

export const enforcementLedgers: readonly LedgerEntry[] = [
  defineLedgerEntry(casesLedger),
  defineLedgerEntry(inspectionsLedger),
  ...registryLedgers,
];
