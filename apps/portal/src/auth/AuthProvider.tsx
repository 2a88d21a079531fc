import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { SESSION_EXPIRED_EVENT, session } from '../api/session';
import type { Me, Role } from '../api/schema';

type AuthState =
  | { status: 'loading'; me: null }
  | { status: 'anonymous'; me: null; expired?: boolean }
  | { status: 'signed-in'; me: Me };

interface Auth {
  state: AuthState;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => void;
}

const AuthContext = createContext<Auth | null>(null);

/** The signed-in user (GET /me), from a bearer token kept for this browser tab. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() =>
    session.token() ? { status: 'loading', me: null } : { status: 'anonymous', me: null },
  );

  useEffect(() => {
    if (state.status !== 'loading') return;
    api
      .get<Me>('/me')
      .then((me) => setState({ status: 'signed-in', me }))
      .catch(() => {
        session.clear();
        setState({ status: 'anonymous', me: null });
      });
  }, [state.status]);

  useEffect(() => {
    const expired = () => setState({ status: 'anonymous', me: null, expired: true });
    window.addEventListener(SESSION_EXPIRED_EVENT, expired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, expired);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { accessToken } = await api.post<{ accessToken: string }>('/auth/login', { username, password });
    session.save(accessToken);
    const me = await api.get<Me>('/me');
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  const logout = useCallback(() => {
    session.clear();
    setState({ status: 'anonymous', me: null });
  }, []);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user; only for pages behind RequireRole. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe without a signed-in user');
  return state.me;
}

export const HOME_OF_ROLE: Record<Role, string> = {
  SME: '/sme',
  CORE_ENTERPRISE: '/core',
  PURCHASER: '/purchaser',
  BANK: '/bank',
  REGULATOR: '/regulator',
  ADMIN: '/admin/enterprises',
};
