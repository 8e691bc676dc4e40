/**
 * Ratifications and signatures by Asian and Gulf states (research §4.6, §3.3), and what the research
 * found for groups of states where it holds no dated act. Ratification tables for C97, C181, C29
 * and P29 are an open research item (§6.8): absence here means "not recorded", never "not ratified".
 */
import type { Ratification, RatificationFinding } from '../schema.js';
import { PLAIN_HTTP, PLAIN_HTTP_ONLY, S } from './sources.js';

const ICRMW_SOURCES: Pick<Ratification, 'sources' | 'verification' | 'check' | 'plainHttpUrls'> = {
  sources: [S.mfasiaIndonesiaIcrmw, S.recruitmentAdvisorIcrmw, S.hubbryIcrmw],
  verification: 'secondary',
  check: 'Yes-secondary',
  plainHttpUrls: [PLAIN_HTTP.escapIcrmw],
};
const icrmwInYear = (country: string, act: Ratification['act'], year: number, note?: string): Ratification => ({
  instrument: 'icrmw',
  country,
  act,
  effectiveFrom: `${year}-01-01`,
  fromPrecision: 'year',
  ...ICRMW_SOURCES,
  ...(note ? { note } : {}),
});

export const RATIFICATIONS: readonly Ratification[] = [
  // ICRMW
  icrmwInYear('PH', 'signature', 1993),
  icrmwInYear('PH', 'ratification', 1995, 'The first party in Asia.'),
  icrmwInYear('LK', 'ratification', 1996),
  icrmwInYear('TJ', 'ratification', 2002),
  icrmwInYear('KG', 'ratification', 2003),
  icrmwInYear('TL', 'ratification', 2004),
  icrmwInYear('KH', 'signature', 2004, 'Cambodia has signed only; no ratification found.'),
  icrmwInYear('BD', 'signature', 1998),
  { instrument: 'icrmw', country: 'BD', act: 'ratification', effectiveFrom: '2011-08-24', ...ICRMW_SOURCES },
  {
    instrument: 'icrmw',
    country: 'ID',
    act: 'ratification',
    effectiveFrom: '2012-05-31',
    ...ICRMW_SOURCES,
    note: 'Parliament approved it on 12 Apr 2012 as Law 6/2012.',
  },
  // C189
  {
    instrument: 'c189',
    country: 'PH',
    act: 'ratification',
    effectiveFrom: '2012-09-05',
    sources: [S.itucC189, S.wiegoC189, S.gulfnewsC189],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Senate concurrence 6 Aug 2012; registered 5 Sep 2012 as the 2nd in the world and 1st in Asia. The ILO says it is the only ASEAN member to have ratified.',
  },
  // C190
  {
    instrument: 'c190',
    country: 'PH',
    act: 'ratification',
    effectiveFrom: '2024-02-20',
    sources: [S.mbC190],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Deposited 20 Feb 2024: 1st in Asia, 38th in the world.',
  },
  // C143
  {
    instrument: 'c143',
    country: 'PH',
    act: 'ratification',
    effectiveFrom: '2006-01-01',
    fromPrecision: 'year',
    sources: [S.normlexPhilippines],
    verification: 'official',
    check: 'Yes-official (ILO NORMLEX)',
  },
  // C97
  {
    instrument: 'c97',
    country: 'PH',
    act: 'ratification',
    effectiveFrom: '2009-01-01',
    fromPrecision: 'year',
    sources: [S.normlexPhilippines],
    verification: 'unverified',
    check: 'Partial / UNVERIFIED (memory)',
    note: 'The Philippines reports on C97 in NORMLEX, which implies ratification; the year 2009 is from the analyst’s memory.',
  },
  {
    instrument: 'c97',
    country: 'MY',
    act: 'ratification',
    effectiveFrom: '1964-01-01',
    fromPrecision: 'year',
    scope: { en: 'Sabah only' },
    sources: [],
    verification: 'unverified',
    check: 'UNVERIFIED (memory)',
    note: 'From the analyst’s memory: a ratification limited to Sabah, 1964.',
  },
  // C181
  {
    instrument: 'c181',
    country: 'JP',
    act: 'ratification',
    effectiveFrom: '1999-01-01',
    fromPrecision: 'year',
    sources: [],
    verification: 'unverified',
    check: 'UNVERIFIED (memory)',
    note: 'From the analyst’s memory; the research found no C181 ratification by an Asian or Gulf state.',
  },
  // P29
  {
    instrument: 'p29',
    country: 'TH',
    act: 'ratification',
    effectiveFrom: '2018-06-04',
    sources: [],
    verification: 'unverified',
    check: 'Yes-official',
    note: `Deposited 4 Jun 2018: 1st in Asia, 24th in the world. ${PLAIN_HTTP_ONLY}`,
    plainHttpUrls: [PLAIN_HTTP.iloP29Thailand],
  },
  {
    instrument: 'p29',
    country: 'LK',
    act: 'ratification',
    effectiveFrom: '2019-01-01',
    fromPrecision: 'year',
    sources: [],
    verification: 'unverified',
    check: 'UNVERIFIED (memory)',
    note: 'From the analyst’s memory.',
  },
  // C19
  {
    instrument: 'c19',
    country: 'MY',
    act: 'ratification',
    effectiveFrom: '2018-01-01',
    fromPrecision: 'year',
    startUnknown: true,
    sources: [S.hrAsiaC19],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Reported in 2018 as the basis for SOCSO cover of foreign workers; the ratification date is not in the research.',
  },
];

const GCC = ['AE', 'BH', 'KW', 'OM', 'QA', 'SA'];
const AS_FOUND = 'As found by the research, which gives no date for the finding: check ILO NORMLEX or the UN treaty database for later changes.';

export const RATIFICATION_FINDINGS: readonly RatificationFinding[] = [
  {
    id: 'icrmw-destinations-none',
    instrument: 'icrmw',
    countries: [...GCC, 'MY', 'SG'],
    finding: 'none-found',
    effectiveFrom: '1990-01-01',
    fromPrecision: 'year',
    sources: [S.mfasiaIndonesiaIcrmw, S.recruitmentAdvisorIcrmw, S.hubbryIcrmw],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: `"No major Asian or Gulf destination country is a party"; the kit reads this as the Gulf states, Malaysia and Singapore. ${AS_FOUND}`,
    plainHttpUrls: [PLAIN_HTTP.escapIcrmw],
  },
  {
    id: 'c189-asean-none',
    instrument: 'c189',
    countries: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'SG', 'TH', 'VN'],
    finding: 'none-found',
    effectiveFrom: '2011-06-16',
    sources: [S.gulfnewsC189],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: `The ILO says the Philippines is the only ASEAN member to have ratified C189 (statement made before Timor-Leste joined). ${AS_FOUND}`,
  },
  {
    id: 'c189-gcc-none',
    instrument: 'c189',
    countries: GCC,
    finding: 'none-found',
    effectiveFrom: '2011-06-16',
    sources: [S.itucC189, S.wiegoC189],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: `No GCC ratification found. ${AS_FOUND}`,
  },
  {
    id: 'c97-gcc-none',
    instrument: 'c97',
    countries: GCC,
    finding: 'none-found',
    effectiveFrom: '1949-01-01',
    fromPrecision: 'year',
    sources: [],
    verification: 'unverified',
    check: 'Partial / UNVERIFIED (memory)',
    note: `No GCC ratification, from the analyst’s memory. ${AS_FOUND}`,
  },
  {
    id: 'c29-gcc-recalled',
    instrument: 'c29',
    countries: GCC,
    finding: 'recalled-ratified',
    effectiveFrom: '1930-01-01',
    fromPrecision: 'year',
    sources: [],
    verification: 'unverified',
    check: 'UNVERIFIED (memory)',
    note: 'The analyst recalls that every GCC state has ratified C29; no dates or sources.',
  },
];
