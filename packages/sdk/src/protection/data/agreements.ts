/** Portability and social-security instruments that can reach an origin–destination pair. Research §3.3, §4.3, §4.6. */
import type { Agreement } from '../schema.js';
import { condition, source } from './common.js';

const CAMBODIA_NEWS = source(
  'Cambodia appreciated for initiating portability of social security benefits for ASEAN migrant workers',
  'https://cambodianewsgazette.com/cambodia-appreciated-for-initiating-portability-of-social-security-benefits-for-asean-migrant-workers/',
  'Cambodia News Gazette',
);
const UN_NETWORK = source('GCM objective 22', 'https://migrationnetwork.un.org/taxonomy/term/detail/300?page=7', 'UN Network on Migration');
const HR_ASIA = source('Foreign workers to be covered under SOCSO next year', 'https://hr.asia/top-news/foreign-workers-to-be-covered-under-socso-next-year', 'HR Asia');

/**
 * The research counts ASEAN's members but does not list them. The ten members at the 2022 summit
 * are encoded from general knowledge, unverified, so the portability instruments can be matched.
 */
const aseanParties = {
  effectiveFrom: '2022-11-30',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [],
  verification: 'unverified' as const,
  check: 'UNVERIFIED',
  note: 'The research gives no member list: these are the ten ASEAN members at the November 2022 summit, to be checked. Timor-Leste joined ASEAN on 26 Oct 2025; whether these instruments apply to it is not in the research.',
  countries: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'],
};

export const AGREEMENTS: readonly Agreement[] = [
  {
    effectiveFrom: '2022-11-30',
    effectiveFromCertainty: 'lower-bound',
    sources: [CAMBODIA_NEWS],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Adopted in November 2022 (day not in the research). Also reported at http://mail.bimp-eaga.asia/article/asean-steps-efforts-widen-social-security-coverage-migrant-workers (http only).',
    id: 'asean-portability-declaration',
    name: { en: 'ASEAN Declaration on Portability of Social Security Benefits for Migrant Workers in ASEAN' },
    kind: 'regional',
    reach: 'both',
    binding: false,
    conditions: [
      condition('protection.condition.adoptedAtAseanSummits', { countries: { host: 'KH' }, dates: { adopted: '2022-11' } }),
      condition('protection.condition.asksForGuidelinesAndRoadmap', { dates: { year: '2030' } }),
    ],
    parties: aseanParties,
  },
  {
    effectiveFrom: '2024-01-31',
    effectiveFromCertainty: 'lower-bound',
    sources: [CAMBODIA_NEWS],
    verification: 'secondary',
    check: 'Partial / adoption date UNVERIFIED',
    note: 'ACMW approved the final draft after a consultation in Siem Reap (reported January 2024). The adoption date was not found; the analyst recalls about October 2024 (UNVERIFIED).',
    id: 'asean-portability-guidelines',
    name: { en: 'ASEAN Guidelines on Portability of Social Security Benefits' },
    kind: 'regional',
    reach: 'both',
    binding: false,
    conditions: [condition('protection.condition.finalDraftApproved'), condition('protection.condition.adoptionDateUnverified')],
    parties: aseanParties,
  },
  {
    effectiveFrom: '2018-12-31',
    effectiveFromCertainty: 'lower-bound',
    sources: [UN_NETWORK],
    verification: 'official',
    check: 'Yes-official',
    note: 'Global Compact for Safe, Orderly and Regular Migration (2018); day not in the research.',
    id: 'gcm-objective-22',
    name: { en: 'Global Compact for Migration, objective 22: portability of social security entitlements' },
    kind: 'global',
    reach: 'all',
    binding: false,
    conditions: [condition('protection.condition.gcmObjective22')],
    parties: {
      effectiveFrom: '2018-12-31',
      effectiveFromCertainty: 'lower-bound',
      sources: [],
      verification: 'unverified',
      note: 'Which states endorsed the Global Compact is not in the research.',
      countries: [],
    },
  },
  {
    effectiveFrom: '2018-12-31',
    effectiveFromCertainty: 'lower-bound',
    sources: [HR_ASIA],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'Ratified by Malaysia (date not in the research; reported in 2018). The research does not say which countries of origin have ratified it.',
    id: 'ilo-c19',
    name: { en: 'ILO Equality of Treatment (Accident Compensation) Convention, 1925 (No. 19)' },
    kind: 'ilo-convention',
    reach: 'either',
    binding: true,
    conditions: [condition('protection.condition.equalTreatmentAccidentCompensation'), condition('protection.condition.basisForSocsoCoverage')],
    parties: {
      effectiveFrom: '2018-12-31',
      effectiveFromCertainty: 'lower-bound',
      sources: [HR_ASIA],
      verification: 'secondary',
      check: 'Yes-secondary',
      note: 'Malaysia’s ratification was reported in 2018; its date is not in the research.',
      countries: ['MY'],
    },
  },
];
