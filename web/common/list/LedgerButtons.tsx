import { Button } from 'antd';
import { api, type Query } from '../api.js';
import { useAuth } from '../auth.js';
import { ExportButton } from '../components/ExportButton.js';
import { ImportButton } from '../components/ImportButton.js';

/** A ledger's endpoints (`{path}/import`, `/import-template`, `/export`) and who may use them. */
export interface LedgerSpec {
  path: string;
  importPermission: string;
  exportPermission: string;
  labels: { import: string; template: string; export: string };
}

interface LedgerButtonsProps {
  ledger: LedgerSpec;
  /** The list's filters: the export takes the same records the user sees. */
  query?: Query;
  onImported: () => void;
}

/** Import (with its template) and export of one ledger, each shown only with its permission. */
export function LedgerButtons({ ledger, query, onImported }: LedgerButtonsProps) {
  const { can } = useAuth();
  const { path, labels } = ledger;
  return (
    <>
      {can(ledger.importPermission) ? (
        <>
          <ImportButton path={`${path}/import`} label={labels.import} onImported={onImported} />
          <Button onClick={() => void api.download(`${path}/import-template`)}>{labels.template}</Button>
        </>
      ) : null}
      {can(ledger.exportPermission) ? (
        <ExportButton path={`${path}/export`} query={query} label={labels.export} />
      ) : null}
    </>
  );
}
