/** The enforcement ledgers the kernel mounts (export, import template, import, CLI), declared in the services. */
import { defineLedgerEntry, type LedgerEntry } from '../../platform/ledgers/index.js';
import { casesLedger } from './service/cases/import-cases.js';
import { inspectionsLedger } from './service/inspections/import-inspections.js';
import { benchmarksLedger, bodiesLedger, feesLedger, officersLedger } from './service/registry/index.js';

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
