/**
 * What every demo e2e file needs: one Chromium and one server for the file, a fresh browser context
 * per test at a phone's width, the page's requests and errors watched, and the partner's view of our
 * events. Each file says only which page it opens and what "ready" means there.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { launch, serve, watch, type Served } from './browser.js';

export type Seen = ReturnType<typeof watch>;
export interface Opened {
  page: Page;
  seen: Seen;
}

export interface DemoPages {
  readonly browser: Browser;
  readonly server: Served;
  /** Opens `path` (default: the file's page) at `width` CSS px on `at` (default: the plain server) and waits until ready. */
  open(options?: { path?: string; width?: number; at?: Served }): Promise<Opened>;
  /** Requests to anywhere but the demo's own origin (the page, its CSS and the widgets' own files). */
  foreign(requests: string[]): string[];
}

export function useDemoPages(defaults: { path: string; ready: string[]; context?: BrowserContextOptions }): DemoPages {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), serve()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const demo: DemoPages = {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    async open({ path = defaults.path, width = 320, at } = {}) {
      const context = await demo.browser.newContext({ viewport: { width, height: 720 }, ...defaults.context });
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(`${(at ?? demo.server).url}${path}`);
      for (const selector of defaults.ready) await page.locator(selector).waitFor();
      return { page, seen };
    },
    foreign: (requests) => requests.filter((u) => !u.startsWith(demo.server.url)),
  };
  return demo;
}

/** How far the page scrolls sideways (0 or less: nothing is cut off at this width). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Starts recording our events on the page, as a partner's listener on `document` would. */
export async function recordEvents(page: Page, types: string[]): Promise<void> {
  await page.evaluate((list) => {
    const log: Array<{ type: string; detail: unknown }> = [];
    Object.assign(window, { mrEvents: log });
    for (const type of list) document.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  }, types);
}

/** The details of the recorded events of one type, in order. */
export function recordedEvents<T = unknown>(page: Page, type: string): Promise<T[]> {
  return page.evaluate(
    (t) => (window as unknown as { mrEvents: Array<{ type: string; detail: unknown }> }).mrEvents.filter((e) => e.type === t).map((e) => e.detail),
    type,
  ) as Promise<T[]>;
}
