/**
 * ASEAN membership (research §4.3). The research confirms Timor-Leste's path (observer from 2022,
 * 11th member on 2025-10-26) and hence ten earlier members; their names and joining dates are
 * from memory and stay `unverified`.
 */
import type { Membership } from '../../schema.js';
import { S } from '../sources.js';
import { forEach } from './shared.js';

const process = 'asean';
const FROM_MEMORY = 'Member and joining date from memory: the research confirms only that ASEAN had ten members before Timor-Leste became the 11th.';
const joined = (countries: string[], effectiveFrom: string): Membership[] =>
  forEach(countries, { process, role: 'member', effectiveFrom, sources: [], verification: 'unverified', check: 'U', note: FROM_MEMORY });

export const ASEAN: readonly Membership[] = [
  ...joined(['ID', 'MY', 'PH', 'SG', 'TH'], '1967-08-08'),
  ...joined(['BN'], '1984-01-07'),
  ...joined(['VN'], '1995-07-28'),
  ...joined(['LA', 'MM'], '1997-07-23'),
  ...joined(['KH'], '1999-04-30'),
  {
    process,
    country: 'TL',
    role: 'observer',
    effectiveFrom: '2022-01-01',
    fromPrecision: 'year',
    effectiveTo: '2025-10-25',
    sources: [S.lokmatTimorLeste, S.asiaoneTimorLeste],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Applied in 2011; admitted in principle, with observer status, in 2022 (the day is not in the research).',
  },
  {
    process,
    country: 'TL',
    role: 'member',
    effectiveFrom: '2025-10-26',
    sources: [S.lokmatTimorLeste, S.asiaoneTimorLeste],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Became the 11th member at the 47th ASEAN Summit, Kuala Lumpur.',
  },
];
