import { chromium, type Browser, type Page } from 'playwright';
import { startServer } from '../scripts/static-server.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves apps/demo/public, plus generated `pages` (path -> HTML); every response carries `headers`. */
export async function serve(headers: Record<string, string> = {}, pages: Record<string, string> = {}): Promise<Served> {
  return (await startServer({ headers, pages })) as Served;
}

/** Every request the page makes, and every console error or uncaught exception. */
export function watch(page: Page): { requests: string[]; errors: string[] } {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { requests, errors };
}

/** What the page stored: cookies, Web Storage keys and IndexedDB databases. */
export async function storedState(page: Page): Promise<{ cookies: number; local: number; session: number; idb: number }> {
  const cookies = (await page.context().cookies()).length;
  const inPage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  return { cookies, ...inPage };
}
