/**
 * Abu Dhabi Dialogue (research §4.2; anchors §0.5 for the disagreement). MOHRE's Feb 2024 list of
 * 16 members is the preferred reading; the member-or-observer dispute over Malaysia and Singapore
 * is kept as `disputed-*` variants so the widget can show it.
 */
import type { Membership } from '../../schema.js';
import { PLAIN_HTTP, PLAIN_HTTP_ONLY, S } from '../sources.js';
import { forEach, forEachOrganisation } from './shared.js';

const process = 'abu-dhabi-dialogue';
const ORIGIN = ['BD', 'IN', 'ID', 'NP', 'PK', 'PH', 'LK', 'TH', 'VN'];
const DESTINATION = ['AE', 'BH', 'KW', 'OM', 'QA', 'SA', 'MY'];

type Shared = Omit<Membership, 'country' | 'organisation'>;

const members2024: Shared = {
  process,
  role: 'member',
  effectiveFrom: '2024-02-01',
  fromPrecision: 'month',
  startUnknown: true,
  sources: [S.mohreAdd7],
  verification: 'official',
  check: 'Yes-official',
  plainHttpUrls: [PLAIN_HTTP.add7],
};

const DISPUTE =
  'Sources disagree on Abu Dhabi Dialogue membership (18 vs 20 states): Malaysia and Singapore are listed as members in one source and as observers in another (team anchors research, citing the Migrant Forum in Asia page on the Dialogue; no full address stored). Period unknown: shown from the Dialogue’s founding year.';

const inaugural2008: Omit<Shared, 'role'> = {
  process,
  effectiveFrom: '2008-01-21',
  effectiveTo: '2008-01-22',
  sources: [],
  verification: 'unverified',
  check: 'Yes-official',
  plainHttpUrls: [PLAIN_HTTP.addOnCpSite],
};

export const ABU_DHABI_DIALOGUE: readonly Membership[] = [
  ...forEach(ORIGIN, { ...members2024, note: 'Country of origin. One of 16 members listed in Feb 2024; joining dates are not in the research.' }),
  ...forEach(DESTINATION.filter((c) => c !== 'MY'), { ...members2024, note: 'Country of destination. One of 16 members listed in Feb 2024; joining dates are not in the research.' }),
  {
    ...members2024,
    country: 'MY',
    note: 'Country of destination, listed by MOHRE (Feb 2024) among the 16 members. Another source lists Malaysia as an observer: see the disputed entry.',
  },
  { process, country: 'MY', role: 'observer', variant: 'disputed', effectiveFrom: '2008-01-01', fromPrecision: 'year', sources: [], verification: 'unverified', check: '⚠', note: DISPUTE },
  { process, country: 'SG', role: 'member', variant: 'disputed', effectiveFrom: '2008-01-01', fromPrecision: 'year', sources: [], verification: 'unverified', check: '⚠', note: `${DISPUTE} MOHRE’s Feb 2024 list of 16 members does not include Singapore.` },
  { process, country: 'SG', role: 'observer', variant: 'disputed', effectiveFrom: '2008-01-01', fromPrecision: 'year', sources: [], verification: 'unverified', check: '⚠', note: `${DISPUTE} MOHRE’s Feb 2024 list of 16 members does not include Singapore.` },
  ...forEach(['AE', 'BH', 'KW', 'OM', 'QA', 'SA', 'YE', 'MY', 'SG'], {
    ...inaugural2008,
    role: 'participant',
    note: `Took part in the inaugural Ministerial Consultation (Abu Dhabi, 21–22 Jan 2008, hosted by the UAE) with the Colombo Process countries, which the research does not list one by one. ${PLAIN_HTTP_ONLY}`,
  }),
  ...forEach(['FR', 'DE', 'MU', 'KR', 'JP', 'PL', 'US'], {
    ...inaugural2008,
    role: 'observer',
    note: `Observer state at the inaugural Ministerial Consultation in 2008. ${PLAIN_HTTP_ONLY}`,
  }),
  ...forEachOrganisation(['european-commission'], {
    ...inaugural2008,
    role: 'partner',
    note: `Partner at the inaugural Ministerial Consultation in 2008. ${PLAIN_HTTP_ONLY}`,
  }),
  ...forEachOrganisation(['iom', 'ilo', 'oecd', 'un-women', 'ioe', 'eu', 'private-sector', 'civil-society'], {
    process,
    role: 'observer',
    effectiveFrom: '2024-02-01',
    fromPrecision: 'month',
    startUnknown: true,
    sources: [S.dubaiCityGuideAdd7],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Observers reported for the 7th Ministerial Consultation (Feb 2024).',
  }),
  {
    process,
    country: 'LK',
    role: 'chair',
    effectiveFrom: '2017-01-01',
    fromPrecision: 'month',
    effectiveTo: '2019-12-31',
    toPrecision: 'year',
    sources: [S.gulfnewsAddChair],
    verification: 'secondary',
    check: 'Partial',
    note: 'Chair 2017–19, from the 4th Ministerial Consultation (Colombo, Jan 2017, "Colombo Declaration"). The month of the handover to the UAE in 2019 is not in the research.',
  },
  {
    process,
    country: 'AE',
    role: 'chair',
    effectiveFrom: '2019-01-01',
    fromPrecision: 'year',
    sources: [S.gulfnewsAddChair, S.startupPakistanAddChair],
    verification: 'secondary',
    check: 'Partial',
    note: 'Chair from 2019 (its second term). The current chair is not verified: a Pakistani official said Pakistan would chair for the first time (date unclear).',
  },
];
