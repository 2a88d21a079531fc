import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageToggle } from '../components/LanguageToggle';
import { ProblemAlert } from '../components/ProblemAlert';
import { HOME_OF_ROLE, useAuth } from './AuthProvider';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (state.status === 'signed-in') return <Navigate to={from ?? HOME_OF_ROLE[state.me.role]} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const me = await login(username.trim(), password);
      await navigate(from ?? HOME_OF_ROLE[me.role], { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex className="login-page" justify="center" align="center">
      <Card className="login-card" title={<BrandTitle />} extra={<LanguageToggle />}>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {state.status === 'anonymous' && state.expired && (
          <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
        )}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} disabled={submitting}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error !== undefined && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={error} />
            </div>
          )}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t('login.noAccount')} <Link to="/signup">{t('login.signUp')}</Link>
        </Typography.Paragraph>
        <Typography.Paragraph>
          <Link to="/public/procurement">{t('procurement.public.link')}</Link>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" className="demo-hint">
          {t('login.demoHint')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

export function BrandTitle() {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>{t('app.name')}</span>
    </Flex>
  );
}
