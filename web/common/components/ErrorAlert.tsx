import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { ApiError } from '../api.js';
import { useT } from '../i18n.js';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  style?: CSSProperties;
}

/** Shows a failed request: the server's zh-CN message and, for validation errors, each field's problem. */
export function ErrorAlert({ error, onRetry, style }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message = api?.message ?? (error instanceof Error ? error.message : String(error));
  const fields = api?.fields ?? [];
  const description = fields.length ? (
    <div>
      <div>{t('common.error.fields')}</div>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {fields.map((f) => (
          <li key={`${f.path}:${f.message}`}>
            <code>{f.path}</code> {f.message}
          </li>
        ))}
      </ul>
    </div>
  ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      description={description}
      style={{ marginBottom: 16, ...style }}
      action={
        // Retrying cannot turn a missing or forbidden record into a found one.
        onRetry && !(api && (api.status === 404 || api.status === 403)) ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
