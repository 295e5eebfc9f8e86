import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, expect, type Locator, type Page } from '@playwright/test';
import { serverUrl } from './servers.js';

/** The demo accounts (data/demo/org-yuhong.yaml); their passwords are public by design. */
export const ACCOUNTS = {
  coordinator: { username: 'sfj_coord', password: 'Demo#Coord2020' },
  officer: { username: 'scj_officer', password: 'Demo#Officer2020' },
  petitions: { username: 'xfj_officer', password: 'Demo#Petition2020' },
  leader: { username: 'qz_leader', password: 'Demo#Leader2020' },
  reviewer: { username: 'sfj_review', password: 'Demo#Review2020' },
  mediator: { username: 'ybl_mediator', password: 'Demo#Mediator2020' },
  adviser: { username: 'adviser_chen', password: 'Demo#Adviser2020' },
} as const;

export const SCREENSHOT_DIR = path.resolve('e2e/screenshots');
/** Where the journeys' README pictures go: docs/screenshots (checked in) with `UPDATE_README_SCREENSHOTS=1`. */
export const PICTURE_DIR = process.env.UPDATE_README_SCREENSHOTS
  ? path.resolve('docs/screenshots')
  : SCREENSHOT_DIR;

/** A full-page screenshot into the git-ignored e2e/screenshots folder, for a human to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Waits until no spinner or skeleton is showing, so a screenshot is of the page, not of its loading. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0);
}

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;
// Sessions by username, for this worker: the login route allows 10 attempts a minute per address, and
// every journey logging in afresh would soon hit that limit.
const sessions = new Map<string, Cookies>();

/**
 * Logs in through the login page and waits for the admin frame (the workbench). A second journey with
 * the same account reuses the first one's session cookie instead of typing the password again.
 */
export async function login(page: Page, account: { username: string; password: string }): Promise<void> {
  const cached = sessions.get(account.username);
  if (cached) await page.context().addCookies(cached);
  // The login page asks who is signed in and forwards a signed-in user to the workbench; until the
  // answer comes it shows the form, so the answer decides, not what is on screen first.
  const me = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/me');
  await page.goto('/login');
  const menu = sideMenu(page);
  if ((await me).ok()) {
    await expect(menu).toBeVisible();
  } else {
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(menu).toBeVisible();
    sessions.set(account.username, await page.context().cookies());
  }
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** The admin's left-hand menu (antd renders it as role=menu). */
export function sideMenu(page: Page): Locator {
  return page.locator('.ant-layout-sider').getByRole('menu');
}

export interface PlatformFont {
  familyName: string;
  glyphCount: number;
}

/**
 * The fonts Chromium actually drew an element's text with (DevTools protocol), so the test can tell
 * real CJK glyphs from tofu boxes (a CJK string drawn only with a Latin font is tofu).
 */
export async function renderedFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/**
 * Draws characters on a canvas with the page's own font stack and reports how many distinct images
 * they make. Missing glyphs all draw the same box, so distinct CJK characters must give distinct images.
 */
export async function distinctGlyphImages(page: Page, chars: string[]): Promise<number> {
  return page.evaluate((list) => {
    const family = getComputedStyle(document.body).fontFamily;
    const images = new Set<string>();
    for (const ch of list) {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d canvas');
      g.font = `32px ${family}`;
      g.fillStyle = '#000';
      g.fillText(ch, 2, 32);
      images.add(canvas.toDataURL());
    }
    return images.size;
  }, chars);
}

/** A suffix that keeps codes unique if a data folder is reused (E2E_DATA_DIR). */
export function runId(): string {
  return Date.now().toString(36).slice(-5).toUpperCase();
}

/** Waits until the server at `url` answers its health check (it loads the demo first). */
async function untilHealthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/v1/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the e2e server at ${url} did not start within ${timeoutMs / 1000} s`);
}

/** The journeys' `test`: fails a journey whose page threw an uncaught error, even if it looked fine. */
export const test = base.extend<{ pageErrors: undefined }, { ownServer: string }>({
  // Each worker drives its own server and data folder (e2e/serve.ts starts one per worker, side by side;
  // Playwright waits for the first only).
  ownServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const url = serverUrl(workerInfo.parallelIndex);
      await untilHealthy(url, 300_000);
      await use(url);
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ ownServer }, use) => use(ownServer),
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(undefined);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Picks an option of the antd select labelled `label` by typing part of it (the dropdown filters). On a busy
 * machine a click can land while the dropdown is still opening and be lost (the journeys then failed on an empty
 * required field), so the pick is checked in its form item and made again until it shows.
 */
export async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  const field = page.getByLabel(label);
  const item = page.locator('.ant-form-item').filter({ has: field }).first();
  await expect(async () => {
    await field.click();
    await field.fill(option);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click({ timeout: 5000 });
    await expect(item).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}
