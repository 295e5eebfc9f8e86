export { FilterBar, type FilterSpec } from './FilterBar.js';
export { LedgerButtons, type LedgerSpec } from './LedgerButtons.js';
export { LedgerListPage } from './LedgerListPage.js';
export { type PageOf, PagedTable, usePagedQuery } from './PagedTable.js';
export { type ListFilters, type ListState, useLocalFilters, useUrlFilters } from './use-list-filters.js';
export {
  actionsColumn,
  RegisterButtons,
  RegisterTable,
  type RowAction,
  useRegisterDialogs,
} from './RegisterTable.js';
export { clampedCell } from './cells.js';
export { fitColumns } from './columns.js';
