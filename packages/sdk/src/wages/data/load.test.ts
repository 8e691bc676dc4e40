import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../geo/index.js';
import { WAGE_RULES } from './index.js';
import { LOADABLE_WAGE_RULES, loadWageRules } from './load.js';

describe('loadWageRules', () => {
  it('covers exactly the bundled countries and every destination', () => {
    expect([...LOADABLE_WAGE_RULES].sort()).toEqual(Object.keys(WAGE_RULES).sort());
    expect([...LOADABLE_WAGE_RULES].sort()).toEqual([...DESTINATIONS].sort());
  });

  it.each(DESTINATIONS.map((c) => [c]))('fetches the very rules %s is bundled with', async (country) => {
    const rules = await loadWageRules(country);
    expect(rules).toBe(WAGE_RULES[country]);
    expect(rules!.country).toBe(country);
  });

  it.each([['XX'], ['qa'], [''], ['__proto__'], ['constructor'], ['toString']])('resolves %j to undefined', async (country) => {
    await expect(loadWageRules(country)).resolves.toBeUndefined();
  });
});
