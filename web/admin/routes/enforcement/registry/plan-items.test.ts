import { describe, expect, it } from 'vitest';
import type { OfficerOut } from '../../../../../common/contracts/enforcement/registry.js';
import { officerOptions } from './officer-options.js';
import { duplicatePowers, selectableYears, timesPerYear, toItemRows } from './plan-items.js';

describe('plan items', () => {
  it('defaults the planned number to the frequency’s times per year', () => {
    expect(timesPerYear('quarterly')).toBe(4);
    expect(timesPerYear('monthly')).toBe(12);
    expect(timesPerYear(undefined)).toBe(1);
  });

  it('finds the rows naming a power already listed', () => {
    expect(
      duplicatePowers([{ powerItemId: 'p1' }, {}, { powerItemId: 'p2' }, { powerItemId: 'p1' }]),
    ).toEqual([3]);
  });

  it('turns a plan’s lines into editable rows', () => {
    const line = {
      id: 'l1',
      powerItem: { id: 'p1', code: 'SCJG-JC-001', name: '食品经营检查' },
      frequency: 'quarterly' as const,
      targets: '辖区食品经营者',
      plannedCount: 4,
      doneCount: 2,
    };
    expect(toItemRows([line])).toEqual([
      { powerItemId: 'p1', frequency: 'quarterly', targets: '辖区食品经营者', plannedCount: 4 },
    ]);
  });

  it('offers the years from 2020 to next year, newest first', () => {
    expect(selectableYears(2022)).toEqual([2023, 2022, 2021, 2020]);
  });
});

describe('officerOptions', () => {
  const officer = (id: string, validUntil: string, isActive = true) =>
    ({
      id,
      name: `执法员${id}`,
      certificateNumber: `21010${id}`,
      certificateValidUntil: validUntil,
      isActive,
    }) as OfficerOut;

  it('leaves out inactive officers and disables certificates ended before the day (处罚法 第四十二条)', () => {
    const options = officerOptions(
      [officer('1', '2020-03-01'), officer('2', '2021-01-01'), officer('3', '2022-01-01', false)],
      '2020-06-01',
    );
    expect(options.map((o) => [o.value, o.disabled])).toEqual([
      ['2', false],
      ['1', true],
    ]);
  });
});
