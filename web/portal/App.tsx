import { QueryClientProvider } from '@tanstack/react-query';
import { Flex, Spin } from 'antd';
import { useMemo } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { ErrorAlert, NotFound } from '../common/components/index.js';
import { I18nProvider } from '../common/i18n.js';
import { createQueryClient, RefetchOnLanguageSwitch } from '../common/query.js';
import { HomePage } from './HomePage.js';
import { PortalLayout } from './PortalLayout.js';
import { type PortalShell, usePortalShell } from './portal-shell.js';
import SearchPage from './SearchPage.js';

function PortalRoutes({ shell }: { shell: PortalShell }) {
  const tree = useMemo(
    () => [
      {
        element: <PortalLayout nav={shell.nav} />,
        children: [
          { index: true, element: <HomePage nav={shell.nav} /> },
          { path: 'search', element: <SearchPage /> },
          ...shell.routes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
    [shell],
  );
  return useRoutes(tree);
}

function Shell() {
  const shell = usePortalShell();
  if (shell.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (shell.error)
    return <ErrorAlert error={shell.error} onRetry={() => void shell.refetch()} style={{ margin: 24 }} />;
  return <PortalRoutes shell={shell.data} />;
}

/** The public portal at /portal: no login, its own layout, the landed modules' public pages. */
export function App() {
  const queryClient = useMemo(createQueryClient, []);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RefetchOnLanguageSwitch />
        <BrowserRouter basename="/portal">
          <Shell />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
