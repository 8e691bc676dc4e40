/** Every country file, keyed by ISO code. Adding a country = adding a file and a line here. */
import type { CountryProtection, ProtectionData } from '../schema.js';
import { AGREEMENTS } from './agreements.js';
import { AE } from './destinations/ae.js';
import { BH } from './destinations/bh.js';
import { HK } from './destinations/hk.js';
import { KW } from './destinations/kw.js';
import { MY } from './destinations/my.js';
import { OM } from './destinations/om.js';
import { QA } from './destinations/qa.js';
import { SA } from './destinations/sa.js';
import { SG } from './destinations/sg.js';
import { BD } from './origins/bd.js';
import { ID } from './origins/id.js';
import { IN } from './origins/in.js';
import { LK } from './origins/lk.js';
import { NP } from './origins/np.js';
import { PH } from './origins/ph.js';
import { PK } from './origins/pk.js';

export { AGREEMENTS };
export { ENCODED_ON } from './common.js';

export const DESTINATION_PROTECTION: Readonly<Record<string, CountryProtection>> = { QA, AE, SA, KW, BH, OM, MY, SG, HK };
export const ORIGIN_PROTECTION: Readonly<Record<string, CountryProtection>> = { PH, ID, NP, BD, LK, IN, PK };

export type { ProtectionData };

export const PROTECTION_DATA: ProtectionData = {
  destinations: DESTINATION_PROTECTION,
  origins: ORIGIN_PROTECTION,
  agreements: AGREEMENTS,
};
