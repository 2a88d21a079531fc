import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { compact, EnterpriseFields } from '../components/EnterpriseFields';
import { requiredRule } from '../components/formRules';
import { LanguageToggle } from '../components/LanguageToggle';
import { ProblemAlert } from '../components/ProblemAlert';
import { useFormProblem } from '../hooks/useFormProblem';
import { useAuth } from './AuthProvider';
import { BrandTitle } from './LoginPage';

interface SignUp {
  enterprise: Record<string, unknown>;
  user: { username: string; password: string; repeat?: string };
}

// Business refusals that concern one field of this form.
const CODE_FIELDS = {
  USCC_INVALID: 'enterprise.uscc',
  ENTERPRISE_EXISTS: 'enterprise.uscc',
  USERNAME_TAKEN: 'user.username',
};

/** An SME signs itself and its first user up (POST /auth/register-sme), then is signed in. */
export function SignUpPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignUp>();
  const { login } = useAuth();
  const navigate = useNavigate();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: SignUp) => {
    setSubmitting(true);
    clear();
    const user = { username: values.user.username.trim(), password: values.user.password };
    try {
      await api.post('/auth/register-sme', { enterprise: compact(values.enterprise), user });
      await login(user.username, user.password);
      await navigate('/sme', { replace: true });
    } catch (failure) {
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex className="login-page" justify="center" align="center">
      <Card className="signup-card" title={<BrandTitle />} extra={<LanguageToggle />}>
        <Typography.Title level={4}>{t('signup.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('signup.subtitle')}</Typography.Paragraph>
        <Form<SignUp> form={form} layout="vertical" onFinish={submit} disabled={submitting}>
          <Typography.Title level={5}>{t('signup.enterprise')}</Typography.Title>
          <EnterpriseFields prefix={['enterprise']} />
          <Typography.Title level={5}>{t('signup.user')}</Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name={['user', 'username']}
                label={t('login.username')}
                rules={[requiredRule(t), { pattern: /^[A-Za-z0-9._@-]{3,64}$/, message: t('form.username') }]}
              >
                <Input autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['user', 'password']}
                label={t('login.password')}
                rules={[requiredRule(t), { min: 10, message: t('form.passwordLength') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['user', 'repeat']}
                label={t('signup.repeatPassword')}
                dependencies={[['user', 'password']]}
                rules={[
                  requiredRule(t),
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value) => {
                      if (value && value !== getFieldValue(['user', 'password']))
                        throw new Error(t('form.passwordsDiffer'));
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          </Row>
          {error !== undefined && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={error} />
            </div>
          )}
          <Flex gap={12} align="center">
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('signup.submit')}
            </Button>
            <Link to="/login">{t('signup.haveAccount')}</Link>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
