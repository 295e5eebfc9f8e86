import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { useT } from '../common/i18n.js';

/** Each portal page's title (message key under portal.titles), most specific pattern first. */
const PAGE_TITLES: [pattern: string, key: string][] = [
  ['/', ''],
  ['/search', 'search'],
  ['/powers', 'powers'],
  ['/powers/:id', 'power'],
  ['/enforcement', 'decisions'],
  ['/enforcement/decisions/:id', 'decision'],
  ['/enforcement/bodies', 'bodies'],
  ['/enforcement/fees', 'fees'],
  ['/disclosure', 'disclosure'],
  ['/disclosure/apply', 'apply'],
  ['/disclosure/apply/submitted', 'submitted'],
  ['/disclosure/track', 'track'],
  ['/disclosure/catalogue', 'catalogue'],
  ['/disclosure/catalogue/:id', 'catalogueItem'],
  ['/disclosure/guide/:orgUnitId', 'guide'],
];

/** Sets document.title to "<page> - <site>" for the page shown (the site name alone on the home page). */
export function usePortalPageTitle(): void {
  const t = useT();
  const { pathname } = useLocation();
  const key = PAGE_TITLES.find(([pattern]) => matchPath(pattern, pathname))?.[1] ?? 'notFound';
  const site = t('portal.titles.site');
  const title = key ? `${t(`portal.titles.${key}`)} - ${site}` : site;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
