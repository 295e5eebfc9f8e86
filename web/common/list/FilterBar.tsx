import { Button, Checkbox, DatePicker, Flex, Input, Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { FilterChange } from './list-params.js';

/** One control of a list's filter bar; `label` is both its accessible name and its placeholder. */
export type FilterSpec =
  | {
      kind: 'select';
      key: string;
      label: string;
      options: SelectProps['options'];
      width: number;
      /** Type to narrow the options (long lists: departments, outcomes). */
      searchable?: boolean;
      placeholder?: string;
      popupWidth?: number;
      loading?: boolean;
    }
  | { kind: 'dates'; from: string; to: string; label: string; placeholder?: [string, string] }
  | { kind: 'check'; key: string; label: string; value?: string }
  | { kind: 'search'; key: string; label: string; width: number; button?: string; placeholder?: string };

interface FilterBarProps {
  specs: FilterSpec[];
  filters: Record<string, string | undefined>;
  set: (next: FilterChange) => void;
  /** The reset button's label; no button without it. */
  resetLabel?: string;
  onReset?: () => void;
  /** Controls before the filters that are not list filters (a year picker). */
  lead?: ReactNode;
  /** Beside the filters (a link that depends on them). */
  trail?: ReactNode;
  /** Buttons pushed to the right end of the bar (a register's 新增, import, export). */
  extra?: ReactNode;
}

function FilterControl({
  spec,
  filters,
  set,
}: { spec: FilterSpec } & Pick<FilterBarProps, 'filters' | 'set'>) {
  switch (spec.kind) {
    case 'select':
      return (
        <Select
          aria-label={spec.label}
          placeholder={spec.placeholder ?? spec.label}
          allowClear
          showSearch={spec.searchable ? { optionFilterProp: 'label' } : undefined}
          style={{ width: spec.width }}
          popupMatchSelectWidth={spec.popupWidth}
          loading={spec.loading}
          value={filters[spec.key]}
          options={spec.options}
          onChange={(v?: string) => set({ [spec.key]: v })}
        />
      );
    case 'dates': {
      const from = filters[spec.from];
      const to = filters[spec.to];
      return (
        <DatePicker.RangePicker
          aria-label={spec.label}
          placeholder={spec.placeholder}
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(v) =>
            set({ [spec.from]: v?.[0]?.format('YYYY-MM-DD'), [spec.to]: v?.[1]?.format('YYYY-MM-DD') })
          }
        />
      );
    }
    case 'check': {
      const on = spec.value ?? 'true';
      return (
        <Checkbox
          checked={filters[spec.key] === on}
          onChange={(e) => set({ [spec.key]: e.target.checked ? on : undefined })}
        >
          {spec.label}
        </Checkbox>
      );
    }
    case 'search':
      return (
        <Input.Search
          // Remounted when the filter changes elsewhere (reset, a link), so the box shows what is searched.
          key={filters[spec.key] ?? ''}
          aria-label={spec.label}
          placeholder={spec.placeholder ?? spec.label}
          allowClear
          defaultValue={filters[spec.key]}
          style={{ width: spec.width }}
          onSearch={(q) => set({ [spec.key]: q })}
          enterButton={spec.button}
        />
      );
  }
}

/** The filter row above a list, built from its spec; each change goes back to page 1. */
export function FilterBar({ specs, filters, set, resetLabel, onReset, lead, trail, extra }: FilterBarProps) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      {lead}
      {specs.map((spec) => (
        <FilterControl
          key={spec.kind === 'dates' ? spec.from : spec.key}
          spec={spec}
          filters={filters}
          set={set}
        />
      ))}
      {trail}
      {resetLabel ? <Button onClick={onReset}>{resetLabel}</Button> : null}
      {extra ? (
        <>
          <span style={{ flex: 1 }} />
          {extra}
        </>
      ) : null}
    </Flex>
  );
}
