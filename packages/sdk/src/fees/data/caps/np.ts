/** Nepal (origin): "free visa, free ticket" and the NPR 10,000 service fee; zero cost to Malaysia under the 2018 MoU. */
import type { FeeCapRule } from '../../schema.js';
import { GULF, RECRUITERS, source } from './source.js';

const HIMALAYAN_IN_EFFECT = source('New provision comes into effect', 'https://thehimalayantimes.com/business/new-provision-comes-into-effect', 'The Himalayan Times');
const HIMALAYAN_FREE = source('Outbound workers to get free visa, ticket from today', 'https://thehimalayantimes.com/business/outbound-workers-to-get-free-visa-ticket-from-today', 'The Himalayan Times');
const NEPALNEWS = source('Free visa, free ticket policy and state levies', 'https://english.nepalnews.com/?p=187243', 'Nepal News');
const PEOPLE_HRS = source('Malaysia opening soon', 'https://peoplehrsnepal.org/news-events/malaysia-opening-soon/', 'People HRS Nepal');

const POLICY_START = '2015-07-06';
const POLICY_NOTE =
  'In force "from today, July 6" (Himalayan Times); the year 2015 is inferred from the June 2014 decision being delayed one year. ' +
  'Workers also pay state levies on top: Welfare Fund NPR 1,500, Social Security Fund NPR 2,595 and term life insurance NPR 3,700 (under 35) or NPR 4,900 (about NPR 20,895 in all, as reported ~2025); these are not counted as agency fees here.';

export const NEPAL_RULES: FeeCapRule[] = [
  {
    id: 'np-free-visa-ticket',
    series: 'np-free-visa-ticket',
    jurisdiction: 'origin',
    country: 'NP',
    destinations: ['MY', ...GULF],
    scope: { purposes: ['visa', 'air-ticket'] },
    cap: { kind: 'zero' },
    effectiveFrom: POLICY_START,
    datePrecision: 'approximate',
    sources: [HIMALAYAN_FREE, HIMALAYAN_IN_EFFECT, NEPALNEWS],
    verification: 'secondary',
    check: 'V2 (year inferred)',
    note: `Employers pay the visa and the air ticket. ${POLICY_NOTE}`,
  },
  {
    id: 'np-service-fee-gulf',
    series: 'np-service-fee-gulf',
    jurisdiction: 'origin',
    country: 'NP',
    destinations: GULF,
    scope: { paidTo: [...RECRUITERS], excludePurposes: ['visa', 'air-ticket', 'welfare-fund', 'insurance', 'government-registration'] },
    cap: { kind: 'fixed', amount: { currency: 'NPR', major: '10000' } },
    effectiveFrom: POLICY_START,
    datePrecision: 'approximate',
    sources: [HIMALAYAN_IN_EFFECT, HIMALAYAN_FREE, NEPALNEWS],
    verification: 'secondary',
    check: 'V2 (year inferred)',
    note: `Agencies may charge at most a service fee of NPR 10,000 per worker. ${POLICY_NOTE}`,
  },
  {
    id: 'np-service-fee-my',
    series: 'np-service-fee-my',
    jurisdiction: 'origin',
    country: 'NP',
    destinations: ['MY'],
    scope: { paidTo: [...RECRUITERS], excludePurposes: ['visa', 'air-ticket', 'welfare-fund', 'insurance', 'government-registration'] },
    cap: { kind: 'fixed', amount: { currency: 'NPR', major: '10000' } },
    effectiveFrom: POLICY_START,
    effectiveTo: '2018-10-28',
    datePrecision: 'approximate',
    sources: [HIMALAYAN_IN_EFFECT, HIMALAYAN_FREE, NEPALNEWS],
    verification: 'secondary',
    check: 'V2 (year inferred)',
    note: `Replaced for Malaysia by the zero-cost MoU signed 2018-10-29 (its implementation date is not in the research). ${POLICY_NOTE}`,
  },
  {
    id: 'np-my-mou-zero-cost',
    series: 'np-my-mou-zero-cost',
    jurisdiction: 'origin',
    country: 'NP',
    destinations: ['MY'],
    scope: { excludePurposes: ['welfare-fund'] },
    cap: { kind: 'zero' },
    effectiveFrom: '2018-10-29',
    datePrecision: 'approximate',
    sources: [PEOPLE_HRS],
    verification: 'secondary',
    check: 'V2',
    note:
      'Nepal–Malaysia MoU signed 2018-10-29 (signing date; implementation date not in the research). The employer pays all costs: recruitment service charge, two-way tickets, visa, medical, security screening and levy; up-front medical and screening costs are refunded in the first month. ' +
      "Nepal's own Welfare Fund fee is not in the MoU list and is not counted here. Also reported at http://www.recruitmentreform.org/nepal-and-malaysia-sign-labour-pact/ (http only, so not listed as a source).",
  },
];
