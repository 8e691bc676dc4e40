/** Every fee-cap rule, origins first. One file per country; add a country by adding a file here. */
import type { FeeCapRule } from '../../schema.js';
import { NEPAL_RULES } from './np.js';
import { PHILIPPINES_RULES } from './ph.js';
import { BANGLADESH_RULES } from './bd.js';
import { INDONESIA_RULES } from './id.js';
import { INDIA_RULES } from './in.js';
import { SRI_LANKA_RULES } from './lk.js';
import { PAKISTAN_RULES } from './pk.js';
import { VIET_NAM_RULES } from './vn.js';
import { CAMBODIA_RULES } from './kh.js';
import { MYANMAR_RULES } from './mm.js';
import { QATAR_RULES } from './qa.js';
import { UAE_RULES } from './ae.js';
import { SAUDI_RULES } from './sa.js';
import { SINGAPORE_RULES } from './sg.js';
import { HONG_KONG_RULES } from './hk.js';
import { MALAYSIA_RULES } from './my.js';

export { INDONESIA_ZERO_COST_OCCUPATIONS } from './id.js';

export const FEE_CAP_RULES: readonly FeeCapRule[] = [
  ...NEPAL_RULES,
  ...PHILIPPINES_RULES,
  ...BANGLADESH_RULES,
  ...INDONESIA_RULES,
  ...INDIA_RULES,
  ...SRI_LANKA_RULES,
  ...PAKISTAN_RULES,
  ...VIET_NAM_RULES,
  ...CAMBODIA_RULES,
  ...MYANMAR_RULES,
  ...QATAR_RULES,
  ...UAE_RULES,
  ...SAUDI_RULES,
  ...SINGAPORE_RULES,
  ...HONG_KONG_RULES,
  ...MALAYSIA_RULES,
];
