/** The wage rules of every destination we cover, by ISO country code. */
import type { CountryWageData } from '../schema.js';
import { UAE } from './ae.js';
import { BAHRAIN } from './bh.js';
import { HONG_KONG } from './hk.js';
import { KUWAIT } from './kw.js';
import { MALAYSIA } from './my.js';
import { OMAN } from './om.js';
import { QATAR } from './qa.js';
import { SAUDI_ARABIA } from './sa.js';
import { SINGAPORE } from './sg.js';

export const WAGE_RULES: Readonly<Record<string, CountryWageData>> = {
  QA: QATAR,
  AE: UAE,
  SA: SAUDI_ARABIA,
  KW: KUWAIT,
  BH: BAHRAIN,
  OM: OMAN,
  MY: MALAYSIA,
  SG: SINGAPORE,
  HK: HONG_KONG,
};

export function rulesFor(country: string): CountryWageData | undefined {
  return Object.prototype.hasOwnProperty.call(WAGE_RULES, country) ? WAGE_RULES[country] : undefined;
}
