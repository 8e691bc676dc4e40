import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/index.js';
import en from '../locales/en/protection.js';
import { formatConditionParams, formatIsoPart } from './format.js';

describe('formatConditionParams', () => {
  it('formats the Bahrain take-up finding in English: money with 3 decimals, a year and a month', () => {
    const condition = {
      code: 'protection.condition.lowTakeUp',
      params: { recipients: 31 },
      amounts: { contributed: { currency: 'BHD', minor: 57500000000 } },
      dates: { from: '2018', to: '2020-10' },
    };
    const text = formatMessage(en['protection.condition.lowTakeUp'], formatConditionParams(condition, 'en'), 'en');
    expect(text.replace(/\u00a0/g, ' ')).toBe(
      'In practice almost no migrants are paid: only 31 received benefits from 2018 to October 2020, while migrants paid in BHD 57,500,000.000.',
    );
  });

  it('names countries in the reader’s language and picks plural forms from params', () => {
    const params = formatConditionParams({ code: 'x', countries: { host: 'KH' }, dates: { adopted: '2022-11' } }, 'en');
    expect(params).toEqual({ host: 'Cambodia', adopted: 'November 2022' });
    expect(formatMessage(en['protection.condition.claimWithinYearsOfAccident'], { count: 1 }, 'en')).toBe('Claim within 1 year of the accident.');
  });

  it('formats ISO days in UTC whatever the machine’s time zone (tests run at UTC+14)', () => {
    expect(formatIsoPart('2024-07-01', 'en')).toBe('July 1, 2024');
  });

  it('leaves a placeholder visible rather than throwing on a malformed amount', () => {
    const params = formatConditionParams({ code: 'x', amounts: { amount: { currency: 'X', minor: 1 } } }, 'en');
    expect(params.amount).toBeUndefined();
  });
});
