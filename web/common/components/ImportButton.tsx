import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api, type RowError } from '../api.js';
import { useT } from '../i18n.js';

interface ImportButtonProps {
  /** The import endpoint (multipart, field `file`). */
  path: string;
  fields?: Record<string, string>;
  label?: string;
  /** The file types offered (default .xlsx and .csv ledgers). */
  accept?: string;
  /** Called after a successful import, e.g. to refetch the list; `result` holds what the ledger adds. */
  onImported?: (count: number, result: ImportResult) => void;
}

/** The import answer (common/contracts/kit.ts ImportResult); `count` from older endpoints. */
export interface ImportResult {
  imported?: number;
  updated?: number;
  unchanged?: number;
  count?: number;
  /** What a ledger adds to the answer (the one-time passwords of new accounts, say). */
  [extra: string]: unknown;
}

/** Uploads an .xlsx / .csv ledger; the import is all-or-nothing, so a rejection lists every bad cell. */
export function ImportButton({ path, fields, label, accept = '.xlsx,.csv', onImported }: ImportButtonProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [rejected, setRejected] = useState<RowError[] | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const result = await api.upload<ImportResult>(path, file, fields);
      const count = result?.imported ?? result?.count ?? 0;
      // A keyed import says what became of each row: re-importing the same file reads "已导入 0 条新记录…N 条未变".
      message.success(
        result?.unchanged === undefined
          ? t('common.import.success', { count })
          : t('common.import.outcome', {
              created: count,
              updated: result.updated ?? 0,
              unchanged: result.unchanged,
            }),
      );
      onImported?.(count, result);
    } catch (e) {
      if (e instanceof ApiError && e.rows.length > 0) setRejected(e.rows);
      else message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Upload
        accept={accept}
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} title={t('common.import.accept')}>
          {label ?? t('common.import.button')}
        </Button>
      </Upload>
      <Modal
        open={rejected !== null}
        title={t('common.import.rejectedTitle', { count: rejected?.length ?? 0 })}
        onCancel={() => setRejected(null)}
        onOk={() => setRejected(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        width={720}
      >
        <Table<RowError>
          size="small"
          rowKey={(r) => `${r.row}:${r.column ?? ''}:${r.message}`}
          dataSource={rejected ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('common.import.row'), dataIndex: 'row', width: 80 },
            { title: t('common.import.column'), dataIndex: 'column', width: 160 },
            { title: t('common.import.reason'), dataIndex: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}
