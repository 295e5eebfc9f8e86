import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ApiError } from './api.js';
import { useLocale } from './i18n.js';

/** One QueryClient per app: a 4xx will not get better by asking again, so only other failures retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}

/** Asks the server again when the language switches: step labels and deadline explanations are its words. */
export function RefetchOnLanguageSwitch(): null {
  const { locale } = useLocale();
  const client = useQueryClient();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void client.invalidateQueries();
  }, [locale, client]);
  return null;
}
