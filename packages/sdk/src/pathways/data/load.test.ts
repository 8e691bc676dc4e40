import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../geo/index.js';
import { PATHWAY_ORIGINS } from '../schema.js';
import { DESTINATION_DATA, ORIGIN_DATA } from './index.js';
import { LOADABLE_DESTINATIONS, LOADABLE_ORIGINS, loadDestinationData, loadOriginData } from './load.js';

describe('loadDestinationData and loadOriginData', () => {
  it('cover exactly the countries of the bundled registry', () => {
    expect([...LOADABLE_DESTINATIONS].sort()).toEqual(Object.keys(DESTINATION_DATA).sort());
    expect([...LOADABLE_DESTINATIONS].sort()).toEqual([...DESTINATIONS].sort());
    expect([...LOADABLE_ORIGINS].sort()).toEqual(Object.keys(ORIGIN_DATA).sort());
    expect([...LOADABLE_ORIGINS].sort()).toEqual([...PATHWAY_ORIGINS].sort());
  });

  it.each(DESTINATIONS.map((c) => [c]))('fetch the very data destination %s is bundled with', async (country) => {
    const data = await loadDestinationData(country);
    expect(data).toBe(DESTINATION_DATA[country]);
    expect(data!.destination).toBe(country);
  });

  it.each(PATHWAY_ORIGINS.map((c) => [c]))('fetch the very data origin %s is bundled with', async (country) => {
    const data = await loadOriginData(country);
    expect(data).toBe(ORIGIN_DATA[country]);
    expect(data!.origin).toBe(country);
  });

  it.each([['XX'], ['qa'], ['np'], [''], ['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty']])('resolve %j to undefined', async (country) => {
    await expect(loadDestinationData(country)).resolves.toBeUndefined();
    await expect(loadOriginData(country)).resolves.toBeUndefined();
  });

  it('do not mix the two kinds of country', async () => {
    await expect(loadDestinationData('NP')).resolves.toBeUndefined();
    await expect(loadOriginData('QA')).resolves.toBeUndefined();
  });
});
