import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n.js';

/** The answer to an address no registered page owns. */
export function NotFound({ home = '/' }: { home?: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound.title')}
      extra={
        <Link to={home}>
          <Button type="primary">{t('common.notFound.back')}</Button>
        </Link>
      }
    />
  );
}
