import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from '../../platform/io/index.js';
import { ledgerFile } from '../../test/ledger-files.js';
import { caseLedger } from './cases/io.js';
import { benchmarkLedger } from './registry/io.js';

/**
 * Issue #11 item 14: an amount beyond numeric(14, 2) in an imported ledger reached PostgreSQL and gave 500;
 * it is a row error naming the column now. Decision 0024 §9.
 */
describe('an overflowing amount in an import', () => {
  it('is a row error on the case ledger (罚款金额、没收金额)', async () => {
    const file = await ledgerFile(caseLedger, [{ fineAmount: 1e15, confiscationAmount: 123456789012345 }], 'csv');
    const { errors } = await parseLedgerFile(caseLedger, file, 'csv');
    const amounts = errors.filter((e) => e.column.includes('金额'));
    expect(amounts.map((e) => e.column).sort()).toEqual(['没收金额（元）', '罚款金额（元）']);
    expect(amounts[0]!.message).toContain('不能大于');
  });

  it('is a row error on the benchmark ledger (fine bands)', async () => {
    const file = await ledgerFile(benchmarkLedger, [{ generalMax: 1e13 } as never], 'csv');
    const { errors } = await parseLedgerFile(benchmarkLedger, file, 'csv');
    expect(errors.some((e) => e.column.includes('罚款上限') && e.message.includes('不能大于'))).toBe(true);
  });
});
