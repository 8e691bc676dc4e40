/** Saudi Arabia: research §0.9 and §1.3. Wudi amicable settlement → labour court; wage insurance when most workers go unpaid. */
import { MONEY_PROBLEMS, type Channel, type Cost, type DestinationData, type Step } from '../schema.js';
import { NO_FEE_FOUND_NOTE, amount, dial, en, fact, source } from './common.js';

const saudiPress = source('MHRSD: 73% of labor disputes settled amicably in 2022', 'https://saudipress.com/mhrsd-73-of-labor-disputes-settled-amicably-in-2022', 'Saudi Press');
const clyde = source('Part I: the labour dispute process in KSA', 'https://clydeco.com/zh/insights/2024/08/part-i-the-labour-dispute-process-in-ksa', 'Clyde & Co');
const gazetteLimit = source('Labor courts not to consider disputes older than one year', 'https://saudigazette.com.sa/article/548222/SAUDI-ARABIA/Labor-courts-not-to-consider-disputes-older-than-one-year', 'Saudi Gazette');
const mrDomestic = source('Saudi Arabia requires online submission of domestic work complaints', 'https://www.migrant-rights.org/2024/10/saudi-arabia-requires-online-submission-of-domestic-work-complaints/', 'Migrant-Rights.org');
const mrMusaned = source('Saudi launches electronic complaint service on Musaned', 'https://www.migrant-rights.org/2021/01/saudi-launches-electronic-complaint-service-on-musaned/', 'Migrant-Rights.org');
const zawya19911 = source('Saudi ministry warns of penalties for employing domestic workers in commercial activities', 'https://www.zawya.com/en/legal/regulations/saudi-ministry-warns-of-penalties-for-employing-domestic-workers-in-commercial-activities-wyoo70wm', 'Zawya');
const zawyaInsurance = source('Saudi MHRSD and the Insurance Authority introduce insurance service for expatriate workers in private sector establishments', 'https://zawya.com/en/press-release/government-news/saudi-mhrsd-and-the-insurance-authority-introduces-insurance-service-for-expatriate-workers-in-private-sector-establishments-taiwjyer', 'Zawya');
const mondaq = source('Foreign worker wage insurance protection program launched', 'https://www.mondaq.com/saudiarabia/work-visas/1532102/foreign-worker-wage-insurance-protection-program-launched', 'Mondaq');

const noFeeFound: Cost = { kind: 'free', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: NO_FEE_FOUND_NOTE }) };

const reportFact = fact({ sources: [zawya19911], verification: 'secondary', check: 'Yes-secondary', note: 'For reporting violations (reported in 2022).' });
const reportingChannels: Channel[] = [
  { id: 'mhrsd-19911', kind: 'phone', name: en('MHRSD unified number'), use: 'report-violations', ...dial('19911'), ...reportFact },
  { id: 'mhrsd-app', kind: 'app', name: en('MHRSD app'), use: 'report-violations', ...reportFact },
];

const wudiFact = fact({ sources: [clyde, saudiPress], verification: 'secondary', check: 'Yes-secondary' });
const wudi: Step = {
  id: 'wudi',
  stage: 'conciliation',
  body: en('Amicable Settlement Department (“Wudi”), Ministry of Human Resources and Social Development (MHRSD)'),
  action: en('File your claim online on the MHRSD portal'),
  channels: [{ id: 'mhrsd-portal', kind: 'online', name: en('MHRSD portal (labour office for the area where you work)'), use: 'complaints', ...wudiFact, note: 'The research gives no web address.' }, ...reportingChannels],
  whoMayFile: ['worker'],
  documents: ['evidence'],
  cost: noFeeFound,
  limits: [],
  timeLimits: { filingDeadline: ['sa.claims'], periods: [{ kind: 'refer', max: 21, unit: 'working-days', runsFrom: 'first-session', ...wudiFact }] },
  whatToExpect: en('You file online with the labour office for the area where you work. The Amicable Settlement Department holds sessions with you and your employer; if there is no settlement, the case goes to the labour court. MHRSD reported 73% of disputes settled this way in 2022, and the average time cut from 40 to 5 working days.'),
  safetyNotes: ['keep-copies', 'keep-reference-number', 'confirm-deadline'],
  ...wudiFact,
};

const courtFact = fact({ from: '2018-10-29', sources: [clyde, gazetteLimit], verification: 'secondary', check: 'Yes-secondary', note: 'Labour courts set up by Royal Decree (16 Jan 2018), working since 29 Oct 2018.' });
const labourCourt: Step = {
  id: 'labour-court',
  stage: 'court',
  condition: 'settlement-fails',
  body: en('Labour court (a specialised branch of the courts of first instance)'),
  action: en('Your case is heard by the labour court'),
  channels: [],
  whoMayFile: ['worker'],
  documents: ['evidence'],
  cost: noFeeFound,
  limits: [],
  timeLimits: { periods: [] },
  whatToExpect: en('There are seven labour courts (Riyadh, Dammam, Makkah, Jeddah, Buraydah and others). Workers may file group claims together. Appeals are possible.'),
  safetyNotes: ['keep-copies'],
  ...courtFact,
};

const insuranceFact = fact({ from: '2024-10-06', sources: [zawyaInsurance, mondaq], verification: 'secondary', check: 'Yes-secondary' });
const wageInsurance: Step = {
  id: 'wage-insurance',
  stage: 'insurance',
  condition: 'employer-does-not-pay',
  body: en('Expatriate Worker Wage Insurance Service (through the designated insurer)'),
  action: en('Claim unpaid wages from the wage insurance'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: noFeeFound,
  limits: [
    { id: 'wage-insurance-cap', kind: 'payment-cap', amount: amount('SAR', '17500'), months: 6, condition: 'most-workers-unpaid', keyedOn: 'filing', ...insuranceFact },
    { id: 'return-ticket', kind: 'return-ticket-max', amount: amount('SAR', '1000'), keyedOn: 'filing', ...insuranceFact },
  ],
  timeLimits: { periods: [] },
  whatToExpect: en('It pays when 80% or more of an employer’s workers are unpaid: unpaid wages for up to 6 months, up to its cap, plus a return ticket. You claim through the insurer named for the service.'),
  safetyNotes: ['keep-copies'],
  ...insuranceFact,
};

const domesticFact = fact({ from: '2024-10-03', sources: [mrDomestic], verification: 'secondary', check: 'Yes-secondary' });

export const SA = {
  destination: 'SA',
  pathways: [
    {
      id: 'sa.general.claims',
      destination: 'SA',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [wudi, labourCourt, wageInsurance],
      protections: [],
      notices: [],
      remarks: [],
    },
    {
      id: 'sa.domestic.claims',
      destination: 'SA',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      steps: [
        {
          ...wudi,
          id: 'mhrsd-online',
          stage: 'complaint',
          body: en('Ministry of Human Resources and Social Development (MHRSD)'),
          action: en('File your complaint online on the MHRSD site'),
          channels: [{ id: 'mhrsd-site', kind: 'online', name: en('MHRSD website'), use: 'complaints', ...domesticFact, note: 'The research gives no web address.' }, ...reportingChannels],
          timeLimits: { filingDeadline: ['sa.claims.domestic'], periods: [] },
          whatToExpect: en('Since 3 Oct 2024 domestic workers’ complaints must first be filed online. MHRSD tries to reach an amicable settlement; the old Domestic Labour Dispute Committees no longer decide cases.'),
          ...domesticFact,
        },
        { ...labourCourt, body: en('Labour court (Ministry of Justice)'), whatToExpect: en('If there is no settlement, the Ministry of Justice labour courts decide the case.'), ...domesticFact },
      ],
      protections: [],
      notices: [
        {
          id: 'musaned-employers-only',
          text: en('The Musaned e-complaint service is for employers complaining about recruitment agencies only; workers cannot use it.'),
          ...fact({ from: '2021-01-03', sources: [mrMusaned], verification: 'secondary', check: 'Yes-secondary' }),
        },
      ],
      remarks: [],
    },
  ],
  deadlines: [
    {
      key: 'sa.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 12, unit: 'months' },
      runsFrom: 'employment-end',
      selectedBy: 'employment-end-or-today',
      caveats: ['court-may-excuse'],
      ...fact({ sources: [gazetteLimit], verification: 'secondary', check: 'Yes-secondary', note: 'Reported Nov 2018: claims are not heard more than 12 months after the end of the contractual relationship, unless the court accepts an excuse or the employer does not object.' }),
    },
    {
      key: 'sa.claims.domestic',
      workerCategories: ['domestic'],
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      outcome: 'no-limit-found',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The 12-month limit reported for labour-court claims comes from the Labour Law; the research does not say whether it applies to domestic workers, whose cases go to the same courts since 3 Oct 2024.' }),
    },
  ],
} satisfies DestinationData;
