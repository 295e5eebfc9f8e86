import { QueryClientProvider } from '@tanstack/react-query';
import { Flex, Spin } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, useLocation, useRoutes } from 'react-router';
import { AuthProvider, useAuth } from '../common/auth.js';
import { ErrorAlert, NotFound } from '../common/components/index.js';
import { I18nProvider } from '../common/i18n.js';
import { createQueryClient, RefetchOnLanguageSwitch } from '../common/query.js';
import { AppLayout } from './layout/AppLayout.js';
import FirstPasswordPage from './routes/login/FirstPasswordPage.js';
import LoginPage from './routes/login/index.js';
import { SetupGate } from './routes/setup/SetupGate.js';
import { ShellContext, useShellQuery } from './shell.js';

// The workbench draws a chart; loading it lazily keeps echarts out of the login page.
const HomePage = lazy(() => import('./routes/home/index.js'));
// The leaders' overview (数据大屏) fills the window: it is mounted beside the admin frame, not inside it.
const ScreenPage = lazy(() => import('./routes/screen/index.js'));

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Pages behind the login: waits for the session and the module list, then mounts the module routes. */
function AuthedShell() {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <FullPageSpin />;
  if (user === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (user.mustChangePassword) return <FirstPasswordPage />;
  return (
    <SetupGate>
      <ModuleRoutes />
    </SetupGate>
  );
}

function ModuleRoutes() {
  const shell = useShellQuery();
  if (shell.isPending) return <FullPageSpin />;
  if (shell.error)
    return <ErrorAlert error={shell.error} onRetry={() => void shell.refetch()} style={{ margin: 24 }} />;
  return (
    <ShellContext.Provider value={shell.data}>
      <LoadedRoutes routes={shell.data.routes} />
    </ShellContext.Provider>
  );
}

function LoadedRoutes({ routes }: { routes: Parameters<typeof useRoutes>[0] }) {
  const tree = useMemo(
    () => [
      {
        path: 'screen',
        element: (
          <Suspense fallback={<FullPageSpin />}>
            <ScreenPage />
          </Suspense>
        ),
      },
      {
        element: <AppLayout />,
        children: [
          {
            index: true,
            element: (
              <Suspense fallback={<FullPageSpin />}>
                <HomePage />
              </Suspense>
            ),
          },
          ...routes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
    [routes],
  );
  return useRoutes(tree);
}

function AppRoutes() {
  return useRoutes([
    { path: '/login', element: <LoginPage /> },
    { path: '*', element: <AuthedShell /> },
  ]);
}

/** The admin app: language, data cache, session, router. */
export function App() {
  const queryClient = useMemo(createQueryClient, []);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RefetchOnLanguageSwitch />
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
