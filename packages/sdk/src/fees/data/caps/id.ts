/** Indonesia (origin): zero placement cost for ten occupations (Peraturan BP2MI No. 9/2020). */
import type { FeeCapRule, Occupation } from '../../schema.js';
import { source } from './source.js';

const PRIPOS = source('Perban No 9 Tahun 2020 membebaskan biaya penempatan pada 10 jenis jabatan', 'https://pripos.id/perban-no-9-tahun-2020-membebaskan-biaya-penempatan-pada-10-jenis-jabatan/', 'Pripos');
const IDN_TIMES = source('5.300 warga NTB mengadu nasib ke luar negeri sejak Januari 2024', 'https://ntb.idntimes.com/news/ntb/5-300-warga-ntb-mengadu-nasib-ke-luar-negeri-sejak-januari-2024-00-ldn3d-vxjscv/amp', 'IDN Times');
const DDHK = source("BP2MI's regulation on exemption from the placement fee", 'https://ddhk.org/en/BP2MI%27s-regulation-on-exemption-from-the-placement-fee-for-Indonesian-migrant-workers-contains-10-terms-1/', 'DDHK');
const WINROCK = source('Overcharging by employment agency in Hong Kong', 'https://remedyroute.winrock.org/overcharging-by-employment-agency-in-hong-kong-2/', 'Winrock RemedyRoute');
const PASAL = source('Peraturan BP2MI No. 2 Tahun 2020', 'https://pasal.id/peraturan/perban/peraturan-bppmi-no-02-tahun-2020/koreksi/8113169', 'Pasal.id');

/** The ten occupations of Peraturan BP2MI No. 9/2020. */
export const INDONESIA_ZERO_COST_OCCUPATIONS: Occupation[] = [
  'housekeeper',
  'baby-carer',
  'elderly-carer',
  'cook',
  'family-driver',
  'gardener',
  'child-carer',
  'cleaner',
  'farm-plantation-worker',
  'fishing-crew',
];

export const INDONESIA_RULES: FeeCapRule[] = [
  {
    id: 'id-zero-placement-cost',
    series: 'id-zero-placement-cost',
    jurisdiction: 'origin',
    country: 'ID',
    occupations: INDONESIA_ZERO_COST_OCCUPATIONS,
    scope: {},
    cap: { kind: 'zero' },
    effectiveFrom: '2021-07-15',
    datePrecision: 'approximate',
    sources: [PRIPOS, IDN_TIMES, DDHK, WINROCK],
    verification: 'secondary',
    check: 'V2 ⚠',
    note:
      'Implements Law 18/2017 Art. 30. Workers may not be charged for tickets, work visa, legalisation of the work agreement, job training, competency certificate, agency service fee, passport replacement, police certificate, migrant social security, health and psychological exams, local transport to departure or accommodation. ' +
      'Dates conflict: issued 2020-06-15, due to start 2021-01-15, transition extended to 2021-07-15 (used here); DDHK reports an implementation launch on 2021-08-12.',
  },
  {
    id: 'id-placement-cost-other-jobs',
    series: 'id-placement-cost-other-jobs',
    jurisdiction: 'origin',
    country: 'ID',
    excludedOccupations: INDONESIA_ZERO_COST_OCCUPATIONS,
    scope: {},
    cap: { kind: 'unknown' },
    effectiveFrom: '2020-01-01',
    datePrecision: 'year',
    sources: [PASAL],
    verification: 'secondary',
    check: 'V2',
    note:
      'Other occupations: Peraturan BP2MI No. 2/2020 on placement costs lets "personal-need" costs (passport, police certificate, social security, health and psychological exams, local transport, accommodation) be borne by the worker and/or the employer. No ceiling figure is in the research.',
  },
];
