/**
 * Table 三 for a reader: whose table (scope), in which format, then compute / drill down / export.
 * A department officer gets their own unit (and below); a district-wide role any unit or the district;
 * a unit outside the reader's scope is NOT_FOUND (existence is not leaked).
 */
import {
  defaultTable3Format,
  type Table3CellQuery,
  type Table3Query,
} from '../../../../common/contracts/disclosure/table3.js';
import type { Actor } from '../../../platform/context.js';
import { isDistrictWide, isInScope } from '../../../platform/authz/index.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { defaultDistrictId, getOrgUnit } from '../../../platform/org/index.js';
import type { RecordPage } from '../../../platform/reports/index.js';
import { findCellRecords } from './cell-records.js';
import { computeTable3, type Table3Result, type Table3Scope } from './compute.js';
import { isFormatAllowed, TABLE3_COLUMNS, type Table3ColumnKey, type Table3Format } from './layout.js';
import { table3FileName, table3Xlsx } from './xlsx.js';

/** A logged-in user, or the trusted CLI / report engine ('system': any unit of the install). */
export type Table3Reader = Actor | 'system';

export interface ResolvedScope {
  scope: Table3Scope;
  unit: { id: string; name: string };
}

/** Whose requests the reader's table counts. */
export async function resolveTable3Scope(
  db: Executor,
  reader: Table3Reader,
  unitId?: string,
): Promise<ResolvedScope> {
  const id =
    unitId ??
    (reader === 'system'
      ? await defaultDistrictId(db)
      : isDistrictWide(reader)
        ? reader.districtId
        : reader.orgUnitId);
  const unit = await getOrgUnit(db, id);
  if (reader !== 'system' && !isInScope(reader, { orgPath: unit.path, districtId: unit.districtId }))
    throw notFound('机构');
  return {
    scope: { districtId: unit.districtId, orgPath: unit.type === 'district' ? null : unit.path },
    unit: { id: unit.id, name: unit.name },
  };
}

/** The format asked for, or the one the year's report was made in (decision 0018 §4). */
function formatOf(q: { year: number; format?: Table3Format }): Table3Format {
  return q.format ?? defaultTable3Format(q.year);
}

function assertFormat(format: Table3Format, year: number): void {
  // 60号 trial format: only the reports for 2019 and 2020 were made in it.
  if (!isFormatAllowed(format, year))
    throw new AppError('VALIDATION_FAILED', '2019 年试行格式仅适用于 2019、2020 年度', [
      { path: 'querystring.format', message: '2019 年试行格式仅适用于 2019、2020 年度' },
    ]);
}

export type Table3Answer = Table3Result & {
  unit: { id: string; name: string };
  columns: { key: Table3ColumnKey; label: string }[];
};

/** Table 三 of a year for the reader (the unit asked for, or the reader's scope), with its 勾稽 findings. */
export async function getTable3(db: Executor, reader: Table3Reader, q: Table3Query): Promise<Table3Answer> {
  const format = formatOf(q);
  assertFormat(format, q.year);
  const { scope, unit } = await resolveTable3Scope(db, reader, q.unit);
  const result = await computeTable3(db, { year: q.year, format, scope });
  return { ...result, unit, columns: [...TABLE3_COLUMNS] };
}

/** The requests behind one cell, a page at a time; the row must exist in the format. */
export async function getTable3Cell(
  db: Executor,
  reader: Table3Reader,
  q: Table3CellQuery,
): Promise<RecordPage & { page: number; pageSize: number }> {
  const format = formatOf(q);
  assertFormat(format, q.year);
  const { scope } = await resolveTable3Scope(db, reader, q.unit);
  const found = await findCellRecords(db, scope, {
    year: q.year,
    format,
    row: q.row,
    column: q.column as Table3ColumnKey,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  if (!found)
    throw new AppError('VALIDATION_FAILED', '该格式的表三没有这一行', [
      { path: 'querystring.row', message: '行号超出表三的行数' },
    ]);
  return { ...found, page: q.page, pageSize: q.pageSize };
}

/** Table 三 as .xlsx in the official layout, with its download name. */
export async function exportTable3(
  db: Executor,
  reader: Table3Reader,
  q: Table3Query,
): Promise<{ buffer: Buffer; fileName: string }> {
  const table = await getTable3(db, reader, q);
  const buffer = await table3Xlsx({ ...table, unitName: table.unit.name });
  return { buffer, fileName: table3FileName(table.year, table.unit.name) };
}
