/** Bali Process, Budapest Process and GFMD roles (research §4.4). */
import type { Membership } from '../../schema.js';
import { PLAIN_HTTP, S } from '../sources.js';
import { forEach } from './shared.js';

const budapestChairs: Omit<Membership, 'country' | 'organisation' | 'role'> = {
  process: 'budapest-process',
  effectiveFrom: '2013-04-19',
  startUnknown: true,
  sources: [S.budapestSilkRoutes, S.budapestFramework],
  verification: 'official',
  check: 'Yes-official',
  note: 'The research gives no dates for the chairmanship; shown as reported with the 5th Ministerial Conference (Istanbul, 19 Apr 2013). Check the current chair.',
};

export const GLOBAL_AND_INTERREGIONAL: readonly Membership[] = [
  ...forEach(['ID', 'AU'], {
    process: 'bali-process',
    role: 'co-chair',
    effectiveFrom: '2002-02-01',
    fromPrecision: 'month',
    sources: [S.baliProcess],
    verification: 'official',
    check: 'Yes-official',
    note: 'The research says the Bali Process is co-chaired by Indonesia and Australia and was set up in Feb 2002; it does not say the co-chairs were the same throughout.',
    plainHttpUrls: [PLAIN_HTTP.dfatBali],
  }),
  { ...budapestChairs, country: 'TR', role: 'chair' },
  { ...budapestChairs, country: 'HU', role: 'co-chair' },
  ...forEach(['AF', 'BD', 'CN', 'IR', 'IQ', 'PK'], {
    process: 'budapest-process',
    role: 'focus-country',
    effectiveFrom: '2010-01-01',
    fromPrecision: 'year',
    sources: [S.budapestSilkRoutes, S.budapestFramework],
    verification: 'official',
    check: 'Yes-official',
    note: 'In 2010 the Budapest Process refocused on the Silk Routes countries; the research does not say whether they are members.',
  }),
  {
    process: 'gfmd',
    country: 'CO',
    role: 'chair',
    effectiveFrom: '2024-01-01',
    fromPrecision: 'year',
    effectiveTo: '2025-12-31',
    toPrecision: 'year',
    sources: [S.icmcGfmdColombia],
    verification: 'secondary',
    check: 'Yes-official',
    note: 'Colombia chaired the GFMD in 2024–2025. The linked source is an NGO calendar entry, so it is shown as secondary.',
  },
];
