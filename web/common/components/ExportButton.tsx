import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { ApiError, api, type Query } from '../api.js';
import { useT } from '../i18n.js';

interface ExportButtonProps {
  /** The export endpoint; `format=xlsx|csv` is added to the query. */
  path: string;
  query?: Query;
  label?: string;
}

/** Exports a ledger as .xlsx or .csv, saved under the file name the server gives. */
export function ExportButton({ path, query, label }: ExportButtonProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: string) => {
    setBusy(true);
    try {
      await api.download(path, { ...query, format });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('common.export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', label: t('common.export.xlsx') },
          { key: 'csv', label: t('common.export.csv') },
        ],
        onClick: ({ key }) => void run(key),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {label ?? t('common.export.button')}
      </Button>
    </Dropdown>
  );
}
