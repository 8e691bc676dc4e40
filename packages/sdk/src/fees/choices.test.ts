import { describe, expect, it } from 'vitest';
import * as choices from './choices.js';
import * as fees from './index.js';

describe('@migrant-rights/sdk/fees/choices', () => {
  it('exports the very vocabulary and limits that the fees module exports, and nothing heavier', () => {
    expect(Object.keys(choices).sort()).toEqual([
      'COST_CATEGORIES',
      'COST_GROUPS',
      'FEE_RULE_DESTINATIONS',
      'IMPOSERS',
      'MAX_CONTRACT_MONTHS',
      'MAX_MINOR',
      'MAX_PAYMENTS',
      'MAX_RATES',
      'OCCUPATIONS',
      'PAYEES',
      'PAYMENT_PURPOSES',
      'WORKER_CATEGORIES',
      'WORKER_SEXES',
    ]);
    for (const [name, value] of Object.entries(choices)) expect(fees[name as keyof typeof fees], name).toBe(value);
  });
});
