/** Report figures taken from an import, with their source, until a module keeps their records (decision 0033). */
export {
  defineImportedFigure,
  getImportedFigureDef,
  type ImportedFigureDef,
  type ImportedFigureUnit,
  listImportedFigureDefs,
} from './define-figure.js';
export { findFigures, readImportedFigures, type ScopedFigure } from './figure-records.js';
export { type FigureLedgerRow, figureLedger, figuresLedger } from './ledger.js';
export { importedFigureRoutes, importedFiguresLedgers } from './routes.js';
export { reportedFigures } from './schema.js';
