import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useSearchParams } from 'react-router';
import type { RecordYears } from '../../../common/contracts/record-years.js';
import { api } from '../api.js';
import { useT } from '../i18n.js';

/**
 * The years a ledger has records in (from the server's `…/years` endpoint of that ledger), and the year a
 * screen shows: the one in the address (`?year=`), else the server's default — the most recent complete
 * year with records (docs/decisions/0026-demo-in-today-and-record-years.md). `year` is undefined while loading.
 */
export function useRecordYear(yearsPath: string): {
  year: number | undefined;
  years: number[];
  setYear: (year: number) => void;
} {
  const [search, setSearch] = useSearchParams();
  const chosen = Number(search.get('year'));
  const { year, years } = useRecordYearsQuery(
    yearsPath,
    Number.isInteger(chosen) && chosen > 0 ? chosen : undefined,
  );
  const setYear = (next: number) => {
    const out = new URLSearchParams(search);
    out.set('year', String(next));
    setSearch(out);
  };
  return { year, years, setYear };
}

/** The same answer for a screen that keeps the chosen year in its own state rather than the address. */
export function useRecordYearsQuery(
  yearsPath: string,
  chosen: number | undefined,
): { year: number | undefined; years: number[] } {
  const answer = useQuery({
    queryKey: ['record-years', yearsPath],
    queryFn: () => api.get<RecordYears>(yearsPath),
  });
  const year = chosen ?? answer.data?.defaultYear;
  const years = answer.data?.years ?? [];
  // A year typed into the address stays selectable even when it has no records.
  return { year, years: year && !years.includes(year) ? [...years, year].sort((a, b) => b - a) : years };
}

/** The shared year picker: lists only the given years (newest first), labelled "2020年" / "2020". */
export function RecordYearSelect({
  years,
  value,
  onChange,
  label,
}: {
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number) => void;
  label?: string;
}) {
  const t = useT();
  return (
    <Select
      aria-label={label ?? t('common.yearPicker.label')}
      style={{ width: 120 }}
      value={value}
      loading={value === undefined}
      options={years.map((y) => ({ value: y, label: t('common.yearPicker.option', { year: y }) }))}
      onChange={onChange}
    />
  );
}
