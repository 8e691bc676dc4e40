import { describe, expect, it } from 'vitest';
import * as core from './core.js';
import * as fees from './index.js';

describe('@migrant-rights/sdk/fees/core', () => {
  it('exports the very indicator list, questions and sources that the fees module exports', () => {
    expect(Object.keys(core).sort()).toEqual([
      'DEBT_BONDAGE_FEE_THRESHOLD',
      'FORCED_LABOUR_INDICATORS',
      'FORCED_LABOUR_INDICATOR_IDS',
      'FORCED_LABOUR_QUESTIONS',
      'FORCED_LABOUR_QUESTION_IDS',
    ]);
    for (const [name, value] of Object.entries(core)) expect(fees[name as keyof typeof fees], name).toBe(value);
    expect(core.FORCED_LABOUR_INDICATOR_IDS).toHaveLength(11);
    expect(core.FORCED_LABOUR_INDICATORS.verification).toBe('official');
  });
});
