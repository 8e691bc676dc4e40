import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, displayNames, listFormat, numberFormat, pluralRules } from './intl-cache.js';

describe('cached Intl objects', () => {
  it('returns the same object for the same locale and options, another for other options', () => {
    expect(numberFormat('ne')).toBe(numberFormat('ne'));
    expect(numberFormat('ne', { minimumFractionDigits: 2 })).toBe(numberFormat('ne', { minimumFractionDigits: 2 }));
    expect(numberFormat('ne', { minimumFractionDigits: 2 })).not.toBe(numberFormat('ne'));
    expect(numberFormat('ar')).not.toBe(numberFormat('ne'));
    expect(displayNames(['bn', 'en'], { type: 'region' })).toBe(displayNames(['bn', 'en'], { type: 'region' }));
    expect(displayNames(['bn', 'en'], { type: 'region' })).not.toBe(displayNames(['bn', 'en'], { type: 'currency' }));
  });

  it('formats exactly as a fresh Intl object would', () => {
    expect(numberFormat('ne').format(1234567.5)).toBe(new Intl.NumberFormat('ne').format(1234567.5));
    expect(pluralRules('ar').select(2)).toBe('two');
    expect(dateTimeFormat('fil', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 0, 5))).toBe(
      new Intl.DateTimeFormat('fil', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 0, 5)),
    );
    expect(['b', 'a', 'c'].sort(collator('en').compare)).toEqual(['a', 'b', 'c']);
    expect(listFormat('en', { type: 'conjunction' }).format(['Qatar', 'Nepal'])).toBe('Qatar and Nepal');
  });

  it('throws on an invalid locale like the constructor, and then still works for valid ones', () => {
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
    expect(numberFormat('en').format(1)).toBe('1');
  });
});
