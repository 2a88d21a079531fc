import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/AuthProvider';
import { BrandTitle } from '../auth/LoginPage';
import { LanguageToggle } from '../components/LanguageToggle';
import { useReferenceData } from '../components/ReferenceData';
import { MENUS, selectedEntry } from './menus';

/** The frame of every signed-in page: the role's menu, who is signed in, the language toggle. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const { cityName } = useReferenceData();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = MENUS[me.role];
  const selected = selectedEntry(entries, pathname);

  return (
    <Layout className="app-shell">
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={216} theme="light" className="app-sider">
        <div className="app-brand">
          <BrandTitle />
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.labelKey) }))}
          onClick={({ key }) => void navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Flex justify="space-between" align="center" gap={12} style={{ height: '100%' }}>
            <Flex align="center" gap={8} className="app-identity">
              <Tag color="blue">{t(`role.${me.role}`)}</Tag>
              {(me.enterprise || me.jurisdiction) && (
                <Typography.Text strong>{me.enterprise?.name ?? cityName(me.jurisdiction)}</Typography.Text>
              )}
              <Typography.Text type="secondary">{me.username ?? me.name}</Typography.Text>
            </Flex>
            <Flex align="center" gap={12}>
              <LanguageToggle />
              <Button icon={<LogoutOutlined />} onClick={logout}>
                {t('login.logout')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
