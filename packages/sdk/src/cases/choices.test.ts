import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cases from './index.js';
import * as core from './core.js';
import * as vocabulary from './choices.js';

describe('cases/choices (the thesauri without zod)', () => {
  it('holds the very lists that cases and cases/core export', () => {
    expect(Object.keys(vocabulary).length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(vocabulary)) {
      expect(cases[name as keyof typeof cases], name).toBe(value);
      expect(core[name as keyof typeof core], name).toBe(value);
    }
  });

  it('imports nothing, so a form offering the choices carries no schema', () => {
    const source = readFileSync(new URL('./choices.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
