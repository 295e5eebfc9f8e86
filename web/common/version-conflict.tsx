/** The one way a screen tells its user that someone else saved the record first (decision 0022). */
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from './api.js';
import { useT } from './i18n.js';

/** Did the server refuse the write because the record moved on since the user loaded it (409)? */
export function isVersionConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

/**
 * A save's failure handler: a version conflict opens a dialog with the server's message offering to reload
 * the record (nothing was saved); any other error shows its message.
 */
export function useSaveErrorHandler(): (error: unknown, reload: () => unknown) => void {
  const { modal, message } = App.useApp();
  const t = useT();
  return useCallback(
    (error, reload) => {
      if (!isVersionConflict(error)) {
        void message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      modal.confirm({
        title: t('common.versionConflict.title'),
        content: `${error.message}。${t('common.versionConflict.hint')}`,
        okText: t('common.versionConflict.reload'),
        cancelText: t('common.versionConflict.cancel'),
        onOk: () => void reload(),
      });
    },
    [modal, message, t],
  );
}
