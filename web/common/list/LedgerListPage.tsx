import type { UseQueryResult } from '@tanstack/react-query';
import { Card, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Query } from '../api.js';
import { PageHeader } from '../components/PageHeader.js';
import { FilterBar, type FilterSpec } from './FilterBar.js';
import { LedgerButtons, type LedgerSpec } from './LedgerButtons.js';
import { type PageOf, PagedTable } from './PagedTable.js';
import type { ListState } from './use-list-filters.js';

interface LedgerListPageProps<T> {
  title: ReactNode;
  subTitle?: ReactNode;
  /** Header buttons before the ledger's import / template / export (新增…). */
  actions?: ReactNode;
  /** Header buttons after them (a module's guides…). */
  moreActions?: ReactNode;
  ledger?: LedgerSpec;
  /** What the export takes: the list's filters unless said otherwise. */
  exportQuery?: Query;
  onImported?: () => void;
  /** Between the header and the list (a stats card, a chart). */
  above?: ReactNode;
  state: ListState;
  filters: FilterSpec[];
  /** The filter bar's reset label; the bar has no reset button without it. */
  resetLabel?: string;
  list: UseQueryResult<PageOf<T>>;
  columns: ColumnsType<T>;
  totalText: (total: number) => string;
  scroll?: TableProps<T>['scroll'];
  /** Dialogs and drawers the page opens. */
  children?: ReactNode;
}

/** A 台账 page: title with import / template / export, a filter bar from its spec, the paged records. */
export function LedgerListPage<T extends { id: string }>(props: LedgerListPageProps<T>) {
  const { state, ledger } = props;
  const header = (
    <>
      {props.actions}
      {ledger ? (
        <LedgerButtons
          ledger={ledger}
          query={props.exportQuery ?? state.filters}
          onImported={props.onImported ?? (() => undefined)}
        />
      ) : null}
      {props.moreActions}
    </>
  );
  return (
    <>
      <PageHeader title={props.title} subTitle={props.subTitle} extra={header} />
      {props.above}
      <Card size="small">
        <FilterBar
          specs={props.filters}
          filters={state.filters}
          set={state.set}
          resetLabel={props.resetLabel}
          onReset={state.reset}
        />
        <PagedTable
          list={props.list}
          columns={props.columns}
          state={state}
          totalText={props.totalText}
          scroll={props.scroll}
        />
      </Card>
      {props.children}
    </>
  );
}
