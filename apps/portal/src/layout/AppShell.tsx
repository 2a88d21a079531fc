import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/AuthProvider';
import { BrandTitle } from '../auth/LoginPage';
import { LanguageToggle } from '../components/LanguageToggle';
import { useReferenceData } from '../components/ReferenceData';
import { MENUS, selectedEntry } from './menus';

/** The frame of every signed-in page: the role's menu, who is signed in, the language toggle. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const { cityName } = useReferenceData();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = MENUS[me.role];
  const selected = selectedEntry(entries, pathname);
  // Below the lg breakpoint the menu moves into a drawer opened from the header's menu button.
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const phone = screens.sm === false;
  const [menuOpen, setMenuOpen] = useState(false);
  const organisation = me.enterprise?.name ?? (me.jurisdiction ? cityName(me.jurisdiction) : undefined);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: t(entry.labelKey) }))}
      onClick={({ key }) => {
        setMenuOpen(false);
        void navigate(key);
      }}
    />
  );

  return (
    <Layout className="app-shell">
      {!narrow && (
        <Layout.Sider width={216} theme="light" className="app-sider">
          <div className="app-brand">
            <BrandTitle />
          </div>
          {menu}
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          size={240}
          title={<BrandTitle />}
          className="app-menu-drawer"
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <Flex justify="space-between" align="center" gap={8} style={{ height: '100%' }} wrap={false}>
            {narrow && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('common.menu')}
                onClick={() => setMenuOpen(true)}
                className="app-menu-button"
              />
            )}
            <Flex align="center" gap={8} className="app-identity">
              <Tag color="blue" className="app-role">
                {t(`role.${me.role}`)}
              </Tag>
              {organisation && (
                <Typography.Text strong ellipsis={{ tooltip: organisation }} className="app-organisation">
                  {organisation}
                </Typography.Text>
              )}
              {!phone && (
                <Typography.Text type="secondary" ellipsis className="app-username">
                  {me.username ?? me.name}
                </Typography.Text>
              )}
            </Flex>
            <Flex align="center" gap={phone ? 4 : 12} className="app-header-actions">
              <LanguageToggle />
              <Button icon={<LogoutOutlined />} onClick={logout} aria-label={t('login.logout')}>
                {phone ? null : t('login.logout')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin />}>
            {/* A new language loads the page again: what the API wrote (notifications, refusals) comes in it too. */}
            <Outlet key={i18n.language} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
