import { Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/schema';
import { HOME_OF_ROLE, useAuth } from './AuthProvider';

/** Signed-in users of the given roles only; others go to the login page or see a refusal. */
export function RequireRole({ roles }: { roles?: Role[] }) {
  const { t } = useTranslation();
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <Flex justify="center" style={{ padding: 96 }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (roles && !roles.includes(state.me.role)) {
    return (
      <Result
        status="403"
        title={t('common.forbidden')}
        extra={<a href={HOME_OF_ROLE[state.me.role]}>{t('common.backHome')}</a>}
      />
    );
  }
  return <Outlet />;
}

/** `/`: the signed-in user's main page. */
export function HomeRedirect() {
  const { state } = useAuth();
  if (state.status === 'loading') return null;
  return <Navigate to={state.status === 'signed-in' ? HOME_OF_ROLE[state.me.role] : '/login'} replace />;
}
