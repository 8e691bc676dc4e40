import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, convert, divRound, format, fromMajor, minorDigits, multiply, parseMajor, ratio, shortfall, subtract, sum, toDecimalString, MoneyError } from './index.js';

describe('minor units follow ISO 4217 / CLDR', () => {
  it('uses 3 decimals for the Gulf dinars and rials that have them, 2 for riyals, 0 for yen', () => {
    expect([minorDigits('KWD'), minorDigits('BHD'), minorDigits('OMR')]).toEqual([3, 3, 3]);
    expect([minorDigits('QAR'), minorDigits('AED'), minorDigits('SAR'), minorDigits('MYR')]).toEqual([2, 2, 2, 2]);
    expect(minorDigits('JPY')).toBe(0);
    expect(() => minorDigits('XYZ1')).toThrow(MoneyError);
  });
});

describe('parsing what people type', () => {
  it('reads grouping, decimals and non-Latin digits exactly', () => {
    expect(parseMajor('QAR', '1,800')).toEqual({ currency: 'QAR', minor: 180000 });
    expect(parseMajor('QAR', '1800.5')).toEqual({ currency: 'QAR', minor: 180050 });
    expect(parseMajor('KWD', '75.250')).toEqual({ currency: 'KWD', minor: 75250 });
    expect(parseMajor('QAR', '١٨٠٠')).toEqual({ currency: 'QAR', minor: 180000 }); // Arabic-Indic digits
    expect(parseMajor('NPR', '१५००')).toEqual({ currency: 'NPR', minor: 150000 }); // Devanagari digits
    expect(parseMajor('BDT', '৫০০')).toEqual({ currency: 'BDT', minor: 50000 }); // Bengali digits
  });

  it('reads the decimal mark as the person writes it (Indonesian 1.500,50; English 1,500.50)', () => {
    expect(parseMajor('QAR', '1.500,50', 'id')).toEqual({ currency: 'QAR', minor: 150050 });
    expect(parseMajor('QAR', '1500,50', 'id')).toEqual({ currency: 'QAR', minor: 150050 });
    expect(parseMajor('QAR', '1.500', 'id')).toEqual({ currency: 'QAR', minor: 150000 });
    expect(parseMajor('QAR', '1,500.50', 'en')).toEqual({ currency: 'QAR', minor: 150050 });
    expect(parseMajor('QAR', '1500.5', 'id')).toEqual({ currency: 'QAR', minor: 150050 });
    expect(parseMajor('KWD', '1.500', 'en')).toEqual({ currency: 'KWD', minor: 1500 });
    expect(parseMajor('KWD', '1,500', 'en')).toEqual({ currency: 'KWD', minor: 1500000 });
    expect(parseMajor('KWD', '1,500', 'id')).toEqual({ currency: 'KWD', minor: 1500 });
    expect(parseMajor('QAR', '1,2,3.4,5')).toBeUndefined();
    expect(parseMajor('QAR', '-12')).toEqual({ currency: 'QAR', minor: -1200 });
  });

  it('refuses text, too many decimals and empty input instead of guessing', () => {
    expect(parseMajor('QAR', 'abc')).toBeUndefined();
    expect(parseMajor('QAR', '10.123')).toBeUndefined();
    expect(parseMajor('QAR', '')).toBeUndefined();
    expect(parseMajor('QAR', '1e5')).toBeUndefined();
    expect(parseMajor('QAR', '99999999999999999999')).toBeUndefined();
  });
});

describe('arithmetic is exact', () => {
  it('adds, subtracts and refuses to mix currencies', () => {
    expect(add(fromMajor('QAR', 1000), fromMajor('QAR', '0.10')).minor).toBe(100010);
    expect(subtract(fromMajor('QAR', 1), fromMajor('QAR', 2)).minor).toBe(-100);
    expect(() => add(fromMajor('QAR', 1), fromMajor('AED', 1))).toThrow(/QAR/);
    expect(shortfall(fromMajor('QAR', 1), fromMajor('QAR', 2)).minor).toBe(0);
    expect(sum('QAR', [fromMajor('QAR', 1), fromMajor('QAR', 2)]).minor).toBe(300);
  });

  it('rounds halves away from zero once, at the end', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(7, 3)).toBe(2);
    expect(divRound(8, 3)).toBe(3);
    expect(divRound(8, 3, 'down')).toBe(2);
    expect(divRound(7, 3, 'up')).toBe(3);
    // 21 days of a QAR 1,000 monthly wage at monthly/30: 1000 × 21 / 30 = 700.00
    expect(multiply(fromMajor('QAR', 1000), { num: 21, den: 30 }).minor).toBe(70000);
    // 1.25 × QAR 5.55 = 6.9375 → 6.94
    expect(multiply(fromMajor('QAR', '5.55'), ratio('1.25')).minor).toBe(694);
  });

  it('multiplication matches exact rational arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (minor, num, den) => {
        const exact = (BigInt(minor) * BigInt(num) * 2n + (minor >= 0 ? 1n : -1n) * BigInt(den)) / (2n * BigInt(den));
        expect(BigInt(multiply({ currency: 'QAR', minor }, { num, den }).minor)).toBe(exact);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('conversion with a rate the person supplies', () => {
  it('accounts for different minor digits (KWD 3 → NPR 2)', () => {
    // KWD 75.000 × 437.5 = NPR 32,812.50
    expect(convert(fromMajor('KWD', 75), { from: 'KWD', to: 'NPR', rate: '437.5' })).toEqual({ currency: 'NPR', minor: 3281250 });
    // QAR 1,800 × 36.85 = NPR 66,330.00
    expect(convert(fromMajor('QAR', 1800), { from: 'QAR', to: 'NPR', rate: '36.85' }).minor).toBe(6633000);
  });

  it('refuses a wrong source currency or a non-positive rate', () => {
    expect(() => convert(fromMajor('QAR', 1), { from: 'AED', to: 'NPR', rate: '1' })).toThrow(MoneyError);
    expect(() => convert(fromMajor('QAR', 1), { from: 'QAR', to: 'NPR', rate: '0' })).toThrow(MoneyError);
    expect(() => convert(fromMajor('QAR', 1), { from: 'QAR', to: 'NPR', rate: 'x' })).toThrow(MoneyError);
  });
});

describe('display', () => {
  it('formats through Intl in the reader’s locale without float drift', () => {
    expect(toDecimalString({ currency: 'KWD', minor: 75005 })).toBe('75.005');
    expect(toDecimalString({ currency: 'QAR', minor: -5 })).toBe('-0.05');
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(format({ currency: 'QAR', minor: 180000 }, 'en'))).toBe('QAR 1,800.00');
    expect(plain(format({ currency: 'KWD', minor: 75000 }, 'en'))).toBe('KWD 75.000');
    const arabic = new Intl.NumberFormat('ar', { style: 'currency', currency: 'QAR', currencyDisplay: 'code' }).format(1800);
    expect(format({ currency: 'QAR', minor: 180000 }, 'ar')).toBe(arabic);
    expect(format({ currency: 'NPR', minor: 150000 }, 'ne-u-nu-deva')).toMatch(/१,?५००/);
    // A value beyond float precision keeps every digit.
    expect(plain(format({ currency: 'QAR', minor: 900719925474099 }, 'en'))).toBe('QAR 9,007,199,254,740.99');
  });
});
