/** Malaysia: SOCSO (PERKESO) schemes for foreign workers. Research §0.8, §3.1, §3.3. */
import type { CountryProtection } from '../../schema.js';
import { amount, condition, source, unsourced } from '../common.js';

const BAL = source(
  'Malaysia: Employment Injury Scheme coverage now mandatory for foreign workers',
  'https://www.bal.com/perspectives/bal-news/malaysia-employment-injury-scheme-coverage-now-mandatory-for-foreign-workers/',
  'BAL',
);
const LHAG = source('SOCSO coverage of foreign workers', 'https://lh-ag.com/?p=17111', 'Lee Hishammuddin Allen & Gledhill');
const PREMIA = source(
  'Malaysia: extension of Invalidity Scheme coverage to foreign workers',
  'https://premiatnc.com/enews/malaysia-extension-of-invalidity-scheme-coverage-to-foreign-workers',
  'Premia TNC',
);

const eis = {
  effectiveFrom: '2019-01-01',
  sources: [BAL, LHAG],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
};
const eisDomesticUnknown =
  'The research gives Employment Injury Scheme cover for foreign workers from 1 Jan 2019 but does not say whether foreign domestic workers were included.';
const invalidity = {
  effectiveFrom: '2024-07-01',
  sources: [LHAG, PREMIA],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
};

export const MY: CountryProtection = {
  country: 'MY',
  side: 'destination',
  schemes: [
    {
      ...eis,
      id: 'MY.socso-eis',
      name: { en: 'SOCSO Employment Injury Scheme' },
      country: 'MY',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'The wage ceiling is the 2019 figure; later changes are not in the research.',
      branches: [
        {
          ...eis,
          branch: 'employment-injury',
          level: 'mandatory',
          workerCategories: ['general'],
          conditions: [
            condition('protection.condition.employerPaysPercent', { params: { percent: 1.25 } }),
            condition('protection.condition.wageCeilingReported', { amounts: { amount: amount('MYR', '4000') }, dates: { year: '2019' } }),
            condition('protection.condition.benefit.medical'),
            condition('protection.condition.benefit.temporaryDisablement'),
            condition('protection.condition.benefit.permanentDisablement'),
            condition('protection.condition.benefit.constantAttendance'),
            condition('protection.condition.benefit.rehabilitation'),
          ],
        },
        { ...eis, branch: 'employment-injury', level: 'unknown', workerCategories: ['domestic'], conditions: [], note: eisDomesticUnknown },
        {
          ...eis,
          branch: 'survivors',
          level: 'mandatory',
          workerCategories: ['general'],
          conditions: [condition('protection.condition.benefit.dependants'), condition('protection.condition.workRelatedOnly')],
        },
        { ...eis, branch: 'survivors', level: 'unknown', workerCategories: ['domestic'], conditions: [], note: eisDomesticUnknown },
      ],
      extras: [
        {
          ...eis,
          kind: 'repatriation-of-remains',
          workerCategories: ['general'],
          conditions: [
            condition('protection.condition.repatriationIncludingFuneral', { amounts: { amount: amount('MYR', '6500') } }),
            condition('protection.condition.workRelatedOnly'),
          ],
        },
      ],
    },
    {
      ...invalidity,
      id: 'MY.socso-invalidity',
      name: { en: 'SOCSO Invalidity Scheme' },
      country: 'MY',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'Extended to foreign workers, including expatriates and foreign domestic workers, from 1 Jul 2024.',
      branches: [
        {
          ...invalidity,
          branch: 'invalidity',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.employerAndWorkerContribute'),
            condition('protection.condition.contributionCategory', { params: { category: '1' } }),
          ],
        },
        { ...invalidity, branch: 'survivors', level: 'mandatory', conditions: [condition('protection.condition.benefit.survivorsPension')] },
      ],
      extras: [],
    },
  ],
  findings: [
    {
      // The scheme was extended to foreign workers on 2024-07-01: before, from their entry into SOCSO, they were outside it.
      effectiveFrom: '2019-01-01',
      effectiveTo: '2024-06-30',
      sources: [LHAG, PREMIA],
      verification: 'secondary',
      check: 'Yes-secondary',
      note: 'Foreign workers entered SOCSO on 1 Jan 2019 through the Employment Injury Scheme only; the Invalidity Scheme reached them on 1 Jul 2024.',
      country: 'MY',
      side: 'destination',
      branch: 'invalidity',
      level: 'excluded',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.notYetExtended', { dates: { from: '2024-07-01' } }),
      conditions: [],
    },
    {
      ...unsourced('The research marks employer-provided medical care as partial, without a source of its own.'),
      country: 'MY',
      side: 'destination',
      branch: 'medical-care',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [],
    },
    {
      ...unsourced('The research marks unemployment as "✗ ?": no scheme found, not verified.'),
      country: 'MY',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced('No mandatory EPF (Employees Provident Fund) for foreign workers, according to the research; not verified.'),
      country: 'MY',
      side: 'destination',
      branch: 'old-age',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
  ],
};
