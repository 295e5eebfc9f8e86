import { useMutation } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { api } from '../../../common/api.js';
import { ErrorAlert, LanguageSwitch } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';

interface PasswordChange {
  current: string;
  next: string;
}

/**
 * The first login on a one-time password (the first coordinator of an empty install): the server answers
 * PASSWORD_CHANGE_REQUIRED to everything else, so this page is all the session shows until it is changed.
 */
export default function FirstPasswordPage() {
  const t = useT();
  const change = useMutation({
    mutationFn: (body: PasswordChange) => api.post('/auth/password', body),
    // A full reload re-reads the session and the modules with the restriction lifted.
    onSuccess: () => window.location.assign('/'),
  });
  const required = [{ required: true, message: t('admin.firstPassword.required') }];
  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f5f5f5', padding: '10vh 16px' }}>
      <Card
        style={{ width: '100%', maxWidth: 420, alignSelf: 'flex-start' }}
        title={t('admin.firstPassword.title')}
        extra={<LanguageSwitch />}
      >
        <Typography.Paragraph type="secondary">{t('admin.firstPassword.intro')}</Typography.Paragraph>
        {change.error ? <ErrorAlert error={change.error} /> : null}
        <Form<PasswordChange> layout="vertical" onFinish={(v) => change.mutate(v)}>
          <Form.Item name="current" label={t('admin.firstPassword.current')} rules={required}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="next"
            label={t('admin.firstPassword.next')}
            extra={t('admin.firstPassword.rule')}
            rules={required}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={change.isPending}>
            {t('admin.firstPassword.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
