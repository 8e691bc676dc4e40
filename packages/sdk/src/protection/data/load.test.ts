import { describe, expect, it } from 'vitest';
import { AGREEMENTS, DESTINATION_PROTECTION, ORIGIN_PROTECTION } from './index.js';
import { PROTECTION_COUNTRIES, loadCountryProtection, loadProtectionData } from './load.js';
import { DESTINATIONS, ORIGINS } from '../../geo/index.js';

describe('protection data on demand', () => {
  it('covers exactly the countries of the bundled data, on each side', () => {
    expect([...PROTECTION_COUNTRIES.destinations].sort()).toEqual(Object.keys(DESTINATION_PROTECTION).sort());
    expect([...PROTECTION_COUNTRIES.origins].sort()).toEqual(Object.keys(ORIGIN_PROTECTION).sort());
  });

  it('holds data only for countries the kit lists, so choosers built from the geo lists offer every one', () => {
    expect(PROTECTION_COUNTRIES.destinations.filter((c) => !(DESTINATIONS as readonly string[]).includes(c))).toEqual([]);
    expect(PROTECTION_COUNTRIES.origins.filter((c) => !(ORIGINS as readonly string[]).includes(c))).toEqual([]);
  });

  it('resolves a listed country we hold no data for to nothing (no error)', async () => {
    const without = ORIGINS.filter((c) => !PROTECTION_COUNTRIES.origins.includes(c));
    expect(without.length).toBeGreaterThan(0);
    for (const code of without) await expect(loadCountryProtection('origin', code)).resolves.toBeUndefined();
  });

  it.each(Object.keys(DESTINATION_PROTECTION).map((c) => [c]))('fetches the very data destination %s is bundled with', async (code) => {
    await expect(loadCountryProtection('destination', code)).resolves.toBe(DESTINATION_PROTECTION[code]);
  });

  it.each(Object.keys(ORIGIN_PROTECTION).map((c) => [c]))('fetches the very data origin %s is bundled with', async (code) => {
    await expect(loadCountryProtection('origin', code)).resolves.toBe(ORIGIN_PROTECTION[code]);
  });

  it('assembles only the countries asked for, with every agreement, and leaves out what we do not hold', async () => {
    const data = await loadProtectionData({ destinations: ['MY', 'QA', 'JP', 'MY', '__proto__'], origins: ['NP', 'QA', 'constructor'] });
    expect(Object.keys(data.destinations).sort()).toEqual(['MY', 'QA']);
    expect(data.destinations['MY']).toBe(DESTINATION_PROTECTION['MY']);
    expect(Object.keys(data.origins)).toEqual(['NP']); // Qatar is a destination, not an origin
    expect(data.agreements).toBe(AGREEMENTS);
    await expect(loadCountryProtection('origin', 'toString')).resolves.toBeUndefined();
    await expect(loadCountryProtection('destination', 'NP')).resolves.toBeUndefined();
  });
});
