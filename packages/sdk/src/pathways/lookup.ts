/**
 * Where the pathway rules find a country's data: the bundled registry (`@migrant-rights/sdk/pathways`)
 * or data fetched on demand with `loadDestinationData` / `loadOriginData`
 * (`@migrant-rights/sdk/pathways/core`). Nothing here imports country data.
 */
import type { DestinationData, OriginSupport } from './schema.js';

export interface PathwayDataLookup {
  /** The data of a country of work, or undefined when we hold none (or it is not loaded). */
  destination(country: string): DestinationData | undefined;
  /** The home-country support of a country of origin, or undefined when we hold none (or it is not loaded). */
  origin(country: string): OriginSupport | undefined;
}

/**
 * A lookup over the countries given, for example those fetched with `loadDestinationData` and
 * `loadOriginData`. A country not given is answered as one we do not cover.
 */
export function pathwayDataOf(destinations: readonly DestinationData[], origins: readonly OriginSupport[] = []): PathwayDataLookup {
  return {
    destination: (country) => destinations.find((d) => d.destination === country),
    origin: (country) => origins.find((o) => o.origin === country),
  };
}
