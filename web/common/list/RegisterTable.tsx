import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Popconfirm, Space } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import type { Query } from '../api.js';
import { FilterBar, type FilterSpec } from './FilterBar.js';
import { LedgerButtons, type LedgerSpec } from './LedgerButtons.js';
import { type PageOf, PagedTable } from './PagedTable.js';
import type { ListState } from './use-list-filters.js';

/** A link-button on a register row; `confirm` asks first (a removal that needs no reason). */
export interface RowAction<T> {
  label: string;
  onClick: (row: T) => void;
  danger?: boolean;
  confirm?: string;
  /** Whether the action applies to this row (default: always). */
  shown?: (row: T) => boolean;
}

/** The actions column of a register: shown on rows still in force, nothing on ended ones. */
export function actionsColumn<T>(opts: {
  title: string;
  width: number;
  isOpen: (row: T) => boolean;
  actions: RowAction<T>[];
}): ColumnType<T> {
  const button = (a: RowAction<T>, onClick?: () => void) => (
    <Button key={a.label} type="link" size="small" danger={a.danger} onClick={onClick}>
      {a.label}
    </Button>
  );
  return {
    title: opts.title,
    key: 'actions',
    width: opts.width,
    render: (_: unknown, row: T) =>
      opts.isOpen(row) ? (
        <Space size={0}>
          {opts.actions
            .filter((a) => a.shown?.(row) ?? true)
            .map((a) =>
              a.confirm ? (
                <Popconfirm key={a.label} title={a.confirm} onConfirm={() => a.onClick(row)}>
                  {button(a)}
                </Popconfirm>
              ) : (
                button(a, () => a.onClick(row))
              ),
            )}
        </Space>
      ) : null,
  };
}

/** Which record the edit form and the end-with-reason dialog are open on (`'new'`: the form creates). */
export function useRegisterDialogs<T>() {
  const [editing, edit] = useState<T | 'new' | null>(null);
  const [ending, end] = useState<T | null>(null);
  return { editing, edit, ending, end, closeEdit: () => edit(null), closeEnd: () => end(null) };
}

interface RegisterButtonsProps {
  /** The create button; none without the permission. */
  create?: { label: string; onClick: () => void } | null;
  ledger?: LedgerSpec;
  exportQuery?: Query;
  onImported: () => void;
}

/** A register's create button and its ledger's import / template / export. */
export function RegisterButtons({ create, ledger, exportQuery, onImported }: RegisterButtonsProps) {
  return (
    <>
      {create ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
          {create.label}
        </Button>
      ) : null}
      {ledger ? <LedgerButtons ledger={ledger} query={exportQuery} onImported={onImported} /> : null}
    </>
  );
}

interface RegisterTableProps<T> {
  state: ListState;
  filters: FilterSpec[];
  /** Controls before the filters that are not list filters (a year picker). */
  lead?: ReactNode;
  /** Buttons at the right end of the filter bar (a tab has no page header of its own). */
  buttons?: ReactNode;
  list: UseQueryResult<PageOf<T>>;
  columns: ColumnsType<T>;
  totalText: (total: number) => string;
}

/** A register inside a page or a tab: filters (buttons on the right), the paged records. */
export function RegisterTable<T extends { id: string }>(props: RegisterTableProps<T>) {
  const { state } = props;
  return (
    <>
      <FilterBar
        specs={props.filters}
        filters={state.filters}
        set={state.set}
        lead={props.lead}
        extra={props.buttons}
      />
      <PagedTable list={props.list} columns={props.columns} state={state} totalText={props.totalText} />
    </>
  );
}
