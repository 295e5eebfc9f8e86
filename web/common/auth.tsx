import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setCsrfToken } from './api.js';

export type Role =
  | 'coordinator'
  | 'legal_reviewer'
  | 'department_officer'
  | 'legal_adviser'
  | 'mediator'
  | 'leader';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnit: { id: string; name: string; type: string } | null;
  locale?: string | null;
  /** Signed in with a one-time password: the server refuses everything until it is changed. */
  mustChangePassword?: boolean;
}

interface SessionResponse {
  user: SessionUser;
  permissions: string[];
  csrfToken: string;
}

interface AuthValue {
  /** undefined while the session is being checked, null when nobody is logged in. */
  user: SessionUser | null | undefined;
  permissions: string[];
  csrfToken: string | null;
  can: (permission: string) => boolean;
  login: (username: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

interface SessionState {
  user: SessionUser | null | undefined;
  permissions: string[];
  csrfToken: string | null;
}

const SIGNED_OUT: SessionState = { user: null, permissions: [], csrfToken: null };

/** Holds the session from `/auth/me`; login and logout keep the CSRF token of the api client in step. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ user: undefined, permissions: [], csrfToken: null });

  const adopt = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setSession({ user: s.user, permissions: s.permissions, csrfToken: s.csrfToken });
  }, []);

  useEffect(() => {
    let live = true;
    api
      .get<SessionResponse>('/auth/me')
      .then((s) => live && adopt(s))
      .catch((e: unknown) => {
        if (!live) return;
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session check failed', e);
        setSession(SIGNED_OUT);
      });
    return () => {
      live = false;
    };
  }, [adopt]);

  const login = useCallback(
    async (username: string, password: string) => {
      const s = await api.post<SessionResponse>('/auth/login', { username, password });
      adopt(s);
      return s.user;
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setCsrfToken(null);
      setSession(SIGNED_OUT);
    }
  }, []);

  const value = useMemo<AuthValue>(() => {
    const granted = new Set(session.permissions);
    return { ...session, can: (p) => granted.has(p), login, logout };
  }, [session, login, logout]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current session: user, permissions, `can(p)`, login and logout. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}
