/** Colombo Process (research §4.1): members and observers as reported in 2024, and its chairs. */
import type { Membership } from '../../schema.js';
import { PLAIN_HTTP, S } from '../sources.js';
import { forEach } from './shared.js';

const process = 'colombo-process';

export const COLOMBO_PROCESS: readonly Membership[] = [
  ...forEach(['AF', 'BD', 'KH', 'CN', 'IN', 'ID', 'NP', 'PK', 'PH', 'LK', 'TH', 'VN'], {
    process,
    role: 'member',
    effectiveFrom: '2024-01-01',
    fromPrecision: 'year',
    startUnknown: true,
    sources: [S.tribuneCpMembers],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'The 12 member states as reported in 2024; joining dates are not in the research.',
  }),
  ...forEach(['BH', 'IT', 'KW', 'MY', 'QA', 'KR', 'SA', 'AE'], {
    process,
    role: 'observer',
    effectiveFrom: '2024-01-01',
    fromPrecision: 'year',
    startUnknown: true,
    sources: [S.tribuneCpMembers],
    verification: 'secondary',
    check: 'Yes-secondary (Partial)',
    note: 'The Tribune lists these as the "destination countries" taking part; the formal observer list is not verified.',
  }),
  {
    process,
    country: 'LK',
    role: 'chair',
    effectiveFrom: '2013-01-01',
    fromPrecision: 'year',
    effectiveTo: '2024-04-30',
    toPrecision: 'month',
    sources: [S.newsdrumCpChair, S.lokmatCpChair],
    verification: 'secondary',
    check: 'Yes-secondary / official',
    note: 'Sri Lanka chaired from 2013 until India took office in May 2024. The colomboprocess.org statement the research also cites is plain http.',
    plainHttpUrls: [PLAIN_HTTP.cpSriLankaMessage],
  },
  {
    process,
    country: 'IN',
    role: 'chair',
    effectiveFrom: '2024-05-01',
    fromPrecision: 'month',
    effectiveTo: '2026-12-31',
    toPrecision: 'year',
    sources: [S.newsdrumCpChair, S.lokmatCpChair, S.neheraldCpChair],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Chair for 2024–26, India’s first time; the end of the term is given only as 2026. First meeting as chair on 27/28 Jun 2024 at IOM HQ, Geneva. Priorities: financial sustainability, wider membership, reconfigured technical work, a structured chair rotation, a regional GCM review and dialogue with the Abu Dhabi Dialogue.',
  },
];
