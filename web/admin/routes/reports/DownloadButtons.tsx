import { App, Button } from 'antd';
import { useState } from 'react';
import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import { ApiError } from '../../../common/api.js';
import { useT } from '../../../common/i18n.js';
import { reportsApi } from './api.js';

/** .docx (and, for the disclosure report, the tables as .xlsx); a route not yet served says so plainly. */
export function DownloadButtons({ report, year, unit }: { report: ReportKind; year: number; unit?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (ext: 'docx' | 'xlsx') => {
    setBusy(ext);
    try {
      await reportsApi.download(report, ext, year, unit);
    } catch (error) {
      const missing = error instanceof ApiError && (error.status === 404 || error.status === 501);
      void message.error(
        missing
          ? t('reports.page.download.missing', { status: error.status })
          : String((error as Error).message),
      );
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button loading={busy === 'docx'} onClick={() => void download('docx')}>
        {t('reports.page.download.docx')}
      </Button>
      {report === 'disclosure_annual' ? (
        <Button loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
          {t('reports.page.download.xlsx')}
        </Button>
      ) : null}
    </>
  );
}
