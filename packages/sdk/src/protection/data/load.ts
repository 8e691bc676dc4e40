/**
 * Each country's protection data as its own chunk, fetched when asked for, so a page downloads
 * the countries a worker chose rather than sixteen. The chunks are the same files the bundled
 * `PROTECTION_DATA` is built from, so the two cannot disagree. Agreements are few and shared by
 * every query, so they travel with the rules.
 */
import type { CountryProtection, ProtectionData } from '../schema.js';
import { AGREEMENTS } from './agreements.js';

type Loader = () => Promise<CountryProtection>;

const DESTINATIONS: Readonly<Record<string, Loader>> = {
  QA: () => import('./destinations/qa.js').then((m) => m.QA),
  AE: () => import('./destinations/ae.js').then((m) => m.AE),
  SA: () => import('./destinations/sa.js').then((m) => m.SA),
  KW: () => import('./destinations/kw.js').then((m) => m.KW),
  BH: () => import('./destinations/bh.js').then((m) => m.BH),
  OM: () => import('./destinations/om.js').then((m) => m.OM),
  MY: () => import('./destinations/my.js').then((m) => m.MY),
  SG: () => import('./destinations/sg.js').then((m) => m.SG),
  HK: () => import('./destinations/hk.js').then((m) => m.HK),
};

const ORIGINS: Readonly<Record<string, Loader>> = {
  PH: () => import('./origins/ph.js').then((m) => m.PH),
  ID: () => import('./origins/id.js').then((m) => m.ID),
  NP: () => import('./origins/np.js').then((m) => m.NP),
  BD: () => import('./origins/bd.js').then((m) => m.BD),
  LK: () => import('./origins/lk.js').then((m) => m.LK),
  IN: () => import('./origins/in.js').then((m) => m.IN),
  PK: () => import('./origins/pk.js').then((m) => m.PK),
};

/** The countries whose protection data exists, by side (for choosers; no data is fetched). */
export const PROTECTION_COUNTRIES: Readonly<{ destinations: readonly string[]; origins: readonly string[] }> = {
  destinations: Object.keys(DESTINATIONS),
  origins: Object.keys(ORIGINS),
};

const own = (table: Readonly<Record<string, Loader>>, code: string): Loader | undefined =>
  Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;

async function side(table: Readonly<Record<string, Loader>>, codes: readonly string[]): Promise<Record<string, CountryProtection>> {
  const found = await Promise.all([...new Set(codes)].map(async (code) => [code, await own(table, code)?.()] as const));
  return Object.fromEntries(found.filter((entry): entry is readonly [string, CountryProtection] => entry[1] !== undefined));
}

/**
 * Fetches the data of the given destinations and origins (a chunk each) and returns it as
 * `ProtectionData` for `coverageWith`. A country we hold no data for is left out, exactly as the
 * bundled data would answer ("not researched"). Rejects only when a chunk cannot be fetched.
 */
export async function loadProtectionData(countries: { destinations?: readonly string[]; origins?: readonly string[] }): Promise<ProtectionData> {
  const [destinations, origins] = await Promise.all([side(DESTINATIONS, countries.destinations ?? []), side(ORIGINS, countries.origins ?? [])]);
  return { destinations, origins, agreements: AGREEMENTS };
}

/** One country's data on one side, or undefined when we hold none (for callers caching per country). */
export function loadCountryProtection(sideName: 'destination' | 'origin', code: string): Promise<CountryProtection | undefined> {
  const loader = own(sideName === 'destination' ? DESTINATIONS : ORIGINS, code);
  return loader ? loader() : Promise.resolve(undefined);
}

export { AGREEMENTS };
