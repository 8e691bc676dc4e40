/**
 * Each destination's wage rules as its own chunk, fetched when asked for. A page that embeds the
 * wage calculator then downloads only the country a worker chose, not the law of nine countries.
 * The chunks are the same files `WAGE_RULES` is built from, so the two cannot disagree.
 */
import type { Destination } from '../../geo/index.js';
import type { CountryWageData } from '../schema.js';

const LOADERS: Readonly<Record<Destination, () => Promise<CountryWageData>>> = {
  QA: () => import('./qa.js').then((m) => m.QATAR),
  AE: () => import('./ae.js').then((m) => m.UAE),
  SA: () => import('./sa.js').then((m) => m.SAUDI_ARABIA),
  KW: () => import('./kw.js').then((m) => m.KUWAIT),
  BH: () => import('./bh.js').then((m) => m.BAHRAIN),
  OM: () => import('./om.js').then((m) => m.OMAN),
  MY: () => import('./my.js').then((m) => m.MALAYSIA),
  SG: () => import('./sg.js').then((m) => m.SINGAPORE),
  HK: () => import('./hk.js').then((m) => m.HONG_KONG),
};

/** The countries `loadWageRules` can fetch. */
export const LOADABLE_WAGE_RULES: readonly string[] = Object.keys(LOADERS);

/**
 * Fetches one destination's wage rules; resolves to `undefined` for a country we do not cover.
 * Rejects only when the chunk cannot be fetched (for example, the device went offline).
 */
export function loadWageRules(country: string): Promise<CountryWageData | undefined> {
  return Object.prototype.hasOwnProperty.call(LOADERS, country) ? LOADERS[country as Destination]() : Promise.resolve(undefined);
}
