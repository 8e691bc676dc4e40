/**
 * Each country's pathway data as its own chunk, fetched when asked for. A page that embeds the
 * complaint pathway then downloads only the countries a worker chose (where they work and, if
 * they say, where they come from), not the data of nine destinations and six origins. The chunks
 * are the same files `DESTINATION_DATA` and `ORIGIN_DATA` are built from, so they cannot disagree.
 *
 * Nothing here imports a country file statically: `./index.js` must stay out of reach of
 * `pathways/core`, or the bundler would load every country with it.
 */
import type { Destination } from '../../geo/index.js';
import type { DestinationData, OriginSupport, PathwayOrigin } from '../schema.js';

const DESTINATION_LOADERS: Readonly<Record<Destination, () => Promise<DestinationData>>> = {
  QA: () => import('./qa.js').then((m) => m.QA),
  AE: () => import('./ae.js').then((m) => m.AE),
  SA: () => import('./sa.js').then((m) => m.SA),
  KW: () => import('./kw.js').then((m) => m.KW),
  BH: () => import('./bh.js').then((m) => m.BH),
  OM: () => import('./om.js').then((m) => m.OM),
  MY: () => import('./my.js').then((m) => m.MY),
  SG: () => import('./sg.js').then((m) => m.SG),
  HK: () => import('./hk.js').then((m) => m.HK),
};

const ORIGIN_LOADERS: Readonly<Record<PathwayOrigin, () => Promise<OriginSupport>>> = {
  PH: () => import('./origins/ph.js').then((m) => m.PH),
  NP: () => import('./origins/np.js').then((m) => m.NP),
  BD: () => import('./origins/bd.js').then((m) => m.BD),
  ID: () => import('./origins/id.js').then((m) => m.ID),
  LK: () => import('./origins/lk.js').then((m) => m.LK),
  IN: () => import('./origins/in.js').then((m) => m.IN),
};

/** The countries of work `loadDestinationData` can fetch. */
export const LOADABLE_DESTINATIONS: readonly string[] = Object.keys(DESTINATION_LOADERS);
/** The countries of origin `loadOriginData` can fetch. */
export const LOADABLE_ORIGINS: readonly string[] = Object.keys(ORIGIN_LOADERS);

const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/**
 * Fetches one country of work's pathway data; resolves to `undefined` for a country we do not
 * cover. Rejects only when the chunk cannot be fetched (for example, the device went offline).
 */
export function loadDestinationData(country: string): Promise<DestinationData | undefined> {
  return has(DESTINATION_LOADERS, country) ? DESTINATION_LOADERS[country as Destination]() : Promise.resolve(undefined);
}

/**
 * Fetches one country of origin's support data; resolves to `undefined` for a country we do not
 * cover. Rejects only when the chunk cannot be fetched.
 */
export function loadOriginData(country: string): Promise<OriginSupport | undefined> {
  return has(ORIGIN_LOADERS, country) ? ORIGIN_LOADERS[country as PathwayOrigin]() : Promise.resolve(undefined);
}
