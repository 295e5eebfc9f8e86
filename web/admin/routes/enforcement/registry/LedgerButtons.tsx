import { Button } from 'antd';
import { api, type Query } from '../../../../common/api.js';
import { useAuth } from '../../../../common/auth.js';
import { ExportButton, ImportButton } from '../../../../common/components/index.js';
import { useRT } from './i18n.js';

/** Import (with its template) and export of one ledger, each shown only with its permission. */
export function LedgerButtons({
  path,
  query,
  onImported,
}: {
  path: string;
  query?: Query;
  onImported: () => void;
}) {
  const rt = useRT();
  const { can } = useAuth();
  return (
    <>
      {can('enforcement.import') ? (
        <>
          <ImportButton path={`${path}/import`} label={rt('import')} onImported={onImported} />
          <Button onClick={() => void api.download(`${path}/import-template`)}>{rt('template')}</Button>
        </>
      ) : null}
      {can('enforcement.export') ? (
        <ExportButton path={`${path}/export`} query={query} label={rt('export')} />
      ) : null}
    </>
  );
}
