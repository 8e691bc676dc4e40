import { describe, expect, it } from 'vitest';
import { FRAMEWORK_COUNTRIES, isTopic, TOPICS } from './choices.js';
import { LOCALES } from '../i18n/index.js';
import { instruments, gcmObjectives, memberships, ratificationFindings, ratifications } from './registry.js';

describe('choices offered before the frameworks data is loaded', () => {
  it('FRAMEWORK_COUNTRIES is exactly the countries the data holds a role, ratification or finding for, sorted', () => {
    const fromData = new Set<string>([
      ...memberships().flatMap((m) => (m.country ? [m.country] : [])),
      ...ratifications().map((r) => r.country),
      ...ratificationFindings().flatMap((f) => f.countries),
    ]);
    expect([...FRAMEWORK_COUNTRIES]).toEqual([...fromData].sort());
  });

  it('TOPICS covers every topic an instrument or GCM objective is linked to, and isTopic knows only them', () => {
    const linked = new Set([...instruments(), ...gcmObjectives()].flatMap((x) => x.topics));
    expect([...linked].sort()).toEqual([...TOPICS].sort());
    expect(TOPICS.every(isTopic)).toBe(true);
    expect([isTopic('visas'), isTopic(''), isTopic(null)]).toEqual([false, false, false]);
  });

  it('the explorer names the topics on its first screen with this module’s own words for them, in every locale', async () => {
    for (const locale of LOCALES) {
      const explorer = (await import(`../locales/${locale}/frameworks-explorer.ts`)).default as Record<string, string>;
      const words = (await import(`../locales/${locale}/frameworks.ts`)).default as Record<string, string>;
      for (const topic of TOPICS) expect(explorer[`frameworksExplorer.topic.${topic}`], `${locale} ${topic}`).toBe(words[`frameworks.topic.${topic}`]);
    }
  });
});
