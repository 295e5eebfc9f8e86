import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, LanguageSwitch } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';

interface Credentials {
  username: string;
  password: string;
}

/** Only same-app paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** 登录: username and password; wrong password, locked account and rate limit show the server's message. */
export default function LoginPage() {
  const t = useT();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const submit = useMutation({
    mutationFn: (c: Credentials) => login(c.username.trim(), c.password),
    onSuccess: () => {
      queryClient.clear();
      navigate(next, { replace: true });
    },
  });
  if (user && !submit.isPending && !submit.isSuccess) return <Navigate to={next} replace />;
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex
        align="center"
        justify="center"
        style={{ width: '100%', height: 200, background: 'linear-gradient(90deg, #8c1c13, #b83227)' }}
      >
        <Typography.Title level={2} style={{ color: '#fff', margin: 0, letterSpacing: 2 }}>
          {t('common.appName')}
        </Typography.Title>
      </Flex>
      <Card style={{ width: 380, marginTop: -48 }} title={t('admin.login.title')} extra={<LanguageSwitch />}>
        <Typography.Paragraph type="secondary">{t('admin.login.subtitle')}</Typography.Paragraph>
        {submit.error ? <ErrorAlert error={submit.error} /> : null}
        <Form<Credentials> layout="vertical" onFinish={(c) => submit.mutate(c)} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('admin.login.username')}
            rules={[{ required: true, whitespace: true, message: t('admin.login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('admin.login.password')}
            rules={[{ required: true, message: t('admin.login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submit.isPending}>
            {t('admin.login.submit')}
          </Button>
        </Form>
        <Flex justify="center" style={{ marginTop: 16 }}>
          <a href="/portal/">{t('admin.login.portal')}</a>
        </Flex>
      </Card>
    </Flex>
  );
}
