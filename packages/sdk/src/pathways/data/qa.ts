/** Qatar: research §1.1. Ministry of Labour platform → Labour Relations Department → LDSC → appeal; WSIF pays when the employer does not. */
import { MONEY_PROBLEMS, type Channel, type DestinationData, type Step } from '../schema.js';
import { NO_FEE_FOUND_NOTE, amount, dial, en, fact, httpOnly, source, text } from './common.js';

const dohaNews = source('Qatar to establish new platform for workers’ complaints', 'https://dohanews.co/qatar-to-establish-new-platform-for-workers-complaints', 'Doha News');
const gulfTimesHotline = source('Ministry launches new hotline to receive workers’ complaints', 'https://www2.gulf-times.com/story/659727/Ministry-launches-new-hotline-to-receive-workers-complaints', 'Gulf Times');
const dohaGuidesWhatsapp = source('WhatsApp service for Qatar labour law', 'https://www.dohaguides.com/whatsapp-service-for-qatar-labour-law/', 'Doha Guides');
const wgoGuide = source('Ministry of Labour guide for workers on complaints (Al-Sharq, translated)', 'https://www.wgoqatar.com/63215?random-post=1', 'WGO Qatar');
const qlMirror = source('Mirror of a Qatar Living report on the Labour Relations Department', 'https://174469.wy8t5oagp.asia/node/39187741');
const gulfTimesLdsc = source('Qatar’s new labour disputes settlement process', 'https://www.gulf-times.com/story/597400/Qatar-s-new-labour-disputes-settlement-process', 'Gulf Times');
const leglobal = source('Qatar Cabinet Resolution No. 6 of 2018 forming the labour dispute resolution committees', 'https://knowledge.leglobal.org/qatar-cabinet-resolution-no-6-of-2018-forming-the-labour-dispute-resolution-committees-and-developing-the-rules-and-procedures-to-be-followed/', 'L&E Global');
const unHrc = source('UN Human Rights Council report A/HRC/44/57/Add.3 (Qatar)', 'https://adattar.minorityforum.info/en/entity/ko2a7xtla7q/metadata?file=16044843441062p1zl0trckd.pdf&page=6', 'UN Human Rights Council');
const amnesty = source('Amnesty International report MDE 22/4966/2021', 'https://issuu.com./amnestynorway/docs/mde2249662021english/s/13984273', 'Amnesty International');
const glmmWsif = source('Qatar Law No. 17 of 2018 establishing the Workers’ Support and Insurance Fund', 'https://gulfmigration.grc.net/qatar-law-no-17-of-2018-establishing-the-workers-support-and-insurance-fund-2/?print=print', 'Gulf Labour Markets and Migration (GLMM)');
const mrWsif = source('Qatar’s Workers’ Support and Insurance Fund: tall claims and not enough data', 'https://www.migrant-rights.org/2025/02/qatars-workers-support-and-insurance-fund-tall-claims-and-not-enough-data/', 'Migrant-Rights.org');
const wgoWsif = source('Workers’ Support and Insurance Fund: payment rules (Board Decision 2/2022)', 'https://wgoqatar.com/184892', 'WGO Qatar');
const tamimiWsif = source('Processes for payment of outstanding monies to employees by the Workers’ Support and Insurance Fund', 'https://tamimi.com/news/processes-for-payment-of-outstanding-monies-to-employees-by-the-workers-support-and-insurance-fund', 'Al Tamimi & Company');

const PLATFORM_HTTP = ['http://s.thepeninsula.qa/editorial/26/05/2021/Ensuring-workers%E2%80%99-rights', 'http://archive.qatarday.com/news/local/labour-and-social-affairs-ministry-launches-platform-for-workers-to-file-complaints/90335'];
const WELCOME_QATAR = 'http://welcomeqatar.com/news/qatar-news/madlsa-hotline-serves-workers-employersapril-20-2020-0838-am/';

const noFeeFound = { kind: 'free' as const, ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: NO_FEE_FOUND_NOTE }) };

const ministryChannels: Channel[] = [
  {
    id: 'complaints-platform',
    kind: 'online',
    name: en('Unified Platform for Complaints & Whistleblowers (Ministry of Labour)'),
    use: 'complaints',
    ...fact({ from: '2021-05', sources: [dohaNews], verification: 'secondary', check: 'Yes-secondary', note: `Also reported at ${PLATFORM_HTTP.join(' ; ')} (http addresses, not stored as sources). The research gives no web address for the platform.` }),
  },
  {
    id: 'sms-92727',
    kind: 'phone',
    name: en('Ministry SMS complaint line: type 5, then your QID or visa number'),
    use: 'complaints',
    ...text('92727'),
    open24h: true,
    ...fact({ from: '2020-03-31', sources: [gulfTimesHotline], verification: 'secondary', check: 'Yes-secondary', note: 'Offered in several languages; the research does not list them.' }),
  },
  {
    id: 'phone-16008',
    kind: 'phone',
    name: en('Ministry of Labour hotline'),
    ...dial('16008'),
    ...fact({ sources: [gulfTimesHotline], verification: 'secondary', check: 'Yes-secondary (check current numbers)', note: `Reported in 2020; check that the number is current. Also reported at ${WELCOME_QATAR} (http address, not stored as a source).` }),
  },
  {
    id: 'whatsapp-info',
    kind: 'app',
    name: en('Ministry WhatsApp information service'),
    use: 'information',
    phone: '+974 6006 0601',
    via: 'whatsapp',
    languages: ['ar', 'en', 'ur', 'hi', 'ne', 'ml'],
    ...fact({ sources: [dohaGuidesWhatsapp], verification: 'secondary', check: 'Weak', note: 'Information only (rights, how to complain, case status); reported in 2022.' }),
  },
  {
    id: 'amerni-app',
    kind: 'app',
    name: en('Amerni app'),
    ...fact({ sources: [], verification: 'unverified', check: 'Yes-secondary (app may be retired)', note: `Reported in 2020; the app may be retired. ${httpOnly([WELCOME_QATAR], 'Yes-secondary')}` }),
  },
];

function platformStep(filingDeadline: string[]): Step {
  return {
    id: 'ministry-complaint',
    stage: 'complaint',
    body: en('Ministry of Labour (formerly MADLSA)'),
    action: en('Complain to the Ministry of Labour online, by SMS or by phone'),
    channels: ministryChannels,
    whoMayFile: ['worker'],
    documents: ['registered-mobile-or-visa-number', 'evidence'],
    cost: noFeeFound,
    limits: [],
    timeLimits: { filingDeadline, periods: [] },
    whatToExpect: en('You file and follow your complaint with your registered mobile number or visa number, and get SMS and email updates. You can attach documents. Violations such as bad accommodation or worksite conditions can be reported without giving your name. The platform is open to private-sector and domestic workers.'),
    safetyNotes: ['keep-copies', 'keep-reference-number', 'confirm-deadline'],
    ...fact({ from: '2021-05', sources: [dohaNews], verification: 'secondary', check: 'Yes-secondary', note: `Launched May 2021 (announced 1 May 2021). Also reported at ${PLATFORM_HTTP.join(' ; ')} (http addresses, not stored as sources).` }),
  };
}

const lrdFact = fact({ from: '2017-08-16', sources: [qlMirror, wgoGuide], verification: 'secondary', check: 'Weak/secondary', note: 'Date of Law 13/2017, which sets these time limits.' });
const conciliation: Step = {
  id: 'labour-relations',
  stage: 'conciliation',
  body: en('Labour Relations Department, Ministry of Labour'),
  action: en('Go to the meeting the Department sets with your employer'),
  channels: [],
  whoMayFile: ['worker'],
  documents: ['evidence', 'own-calculation-of-dues'],
  cost: noFeeFound,
  limits: [],
  timeLimits: {
    periods: [
      { kind: 'settle', max: 7, unit: 'days', runsFrom: 'filing', ...lrdFact },
      { kind: 'refer', max: 3, unit: 'working-days', runsFrom: 'settlement-failed', ...lrdFact },
    ],
  },
  whatToExpect: en('Both you and your employer are invited to a meeting to settle. Bring your evidence and your own calculation of what you are owed. If there is no settlement, the Department sends the case to a Labour Dispute Settlement Committee.'),
  safetyNotes: ['keep-copies', 'do-not-sign-blank'],
  ...lrdFact,
};

const ldscFact = fact({ from: '2018-03-16', sources: [gulfTimesLdsc, leglobal, unHrc], verification: 'official', check: 'Yes-secondary / Yes-official (UN HRC A/HRC/44/57/Add.3)', note: 'Committees set up by Law 13/2017 (16 Aug 2017) and Cabinet Resolution 6/2018, in force 16 Mar 2018.' });
/** The documents to bring come from the Ministry's worker guide (secondary), not the committee sources. */
const ldscStepFact = { ...ldscFact, sources: [...ldscFact.sources, wgoGuide], note: `${ldscFact.note} Documents to bring: Ministry of Labour worker guide (secondary).` };
const committee: Step = {
  id: 'ldsc',
  stage: 'decision',
  condition: 'settlement-fails',
  body: en('Labour Dispute Settlement Committee (LDSC)'),
  action: en('Present your claim to the Committee'),
  channels: [],
  whoMayFile: ['worker'],
  documents: ['evidence', 'calculation-of-dues-in-arabic'],
  cost: noFeeFound,
  limits: [],
  timeLimits: { periods: [{ kind: 'decide', max: 3, unit: 'weeks', runsFrom: 'referral', ...ldscFact }] },
  whatToExpect: en('There are three committees. Each is chaired by a Court of First Instance judge with two Ministry members, one with accounting experience. They meet three times a week, in public, and their decisions can be enforced. Bring your evidence and a calculation of your dues in Arabic.'),
  safetyNotes: ['keep-copies', 'keep-reference-number'],
  ...ldscStepFact,
};

const APPEAL_HTTP = 'http://www.gulf-times.com/story/518050/Resolving-labour-disputes-Ministry-to-setup-committee';
const appealFact = fact({ from: '2017', sources: [], verification: 'unverified', check: 'Yes-secondary', note: httpOnly([APPEAL_HTTP], 'Yes-secondary') });
const appeal: Step = {
  id: 'ldsc-appeal',
  stage: 'appeal',
  condition: 'decision-challenged',
  body: en('Appeals committee'),
  action: en('Appeal the Committee’s decision'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: noFeeFound,
  limits: [],
  timeLimits: { periods: [{ kind: 'appeal', max: 15, unit: 'days', runsFrom: 'decision-notified', ...appealFact }] },
  whatToExpect: en('The time to appeal counts from the decision, or from when you were told of it if you were absent. After that the decision is final.'),
  safetyNotes: ['confirm-deadline'],
  ...appealFact,
};

const wsifFact = fact({ from: '2022-04-20', sources: [wgoWsif, tamimiWsif, glmmWsif, mrWsif], verification: 'secondary', check: 'Yes-secondary', note: 'Fund set up by Law 17/2018 (19 Nov 2018) and working since early 2020; payment rules from Board Decision 2/2022, in force 20 Apr 2022. Caps from WGO Qatar only.' });
const capFact = fact({ from: '2022-04-20', sources: [wgoWsif], verification: 'secondary', check: 'Yes-secondary', note: 'The Fund’s chairman may exceed these caps.' });

function wsifStep(domestic: boolean): Step {
  return {
    id: 'wsif',
    stage: 'fund',
    condition: 'employer-does-not-pay',
    body: en('Workers’ Support and Insurance Fund (WSIF)'),
    action: en('Ask the Fund to pay what you are owed'),
    channels: [{ id: 'wsif-platform', kind: 'online', name: en('WSIF electronic payment-request platform'), ...wsifFact }],
    whoMayFile: ['worker', 'representative'],
    documents: [],
    cost: noFeeFound,
    limits: domestic
      ? [{ id: 'wsif-cap-domestic', kind: 'payment-cap', amount: amount('QAR', '8000'), months: 3, condition: 'domestic-worker', keyedOn: 'filing', ...capFact }]
      : [
          { id: 'wsif-cap-operating', kind: 'payment-cap', amount: amount('QAR', '20000'), months: 3, condition: 'company-operating', keyedOn: 'filing', ...capFact },
          { id: 'wsif-cap-closed', kind: 'payment-cap', amount: amount('QAR', '12000'), months: 2, condition: 'company-closed', keyedOn: 'filing', ...capFact },
        ],
    timeLimits: { periods: [] },
    whatToExpect: en('The Fund pays dues fixed by a final Committee decision or court judgment, delayed monthly wages where the public interest requires, urgent or exceptional cases, and dues from before the law. It then recovers the money from the employer. The worker, a representative or the worker’s heirs submit the form.'),
    safetyNotes: ['keep-copies', 'keep-reference-number'],
    ...wsifFact,
  };
}

const delays = {
  id: 'hearing-delays',
  text: en('Amnesty International (2021) found workers waiting up to 3 months for a first hearing, against a legal norm of 3–7 days.'),
  ...fact({ from: '2021', sources: [amnesty], verification: 'secondary', check: 'Yes-secondary' }),
};

const guideRule = { sources: [wgoGuide], check: 'Yes-secondary' };

export const QA = {
  destination: 'QA',
  pathways: [
    {
      id: 'qa.general.claims',
      destination: 'QA',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [platformStep(['qa.claims']), conciliation, committee, appeal, wsifStep(false)],
      protections: [],
      notices: [delays],
      remarks: [],
    },
    {
      id: 'qa.domestic.claims',
      destination: 'QA',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      steps: [platformStep(['qa.claims.domestic']), wsifStep(true)],
      protections: [],
      notices: [],
      remarks: ['later-steps-not-researched'],
    },
  ],
  deadlines: [
    {
      key: 'qa.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'employment-end',
      selectedBy: 'employment-end-or-today',
      caveats: ['file-while-employed'],
      ...fact({ ...guideRule, verification: 'secondary', note: 'From the Ministry of Labour’s guide for workers (about 2021): file during service or within 1 year from the end of the employment relationship.' }),
    },
    {
      key: 'qa.claims.domestic',
      workerCategories: ['domestic'],
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      outcome: 'unverified',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'employment-end',
      selectedBy: 'employment-end-or-today',
      caveats: ['file-while-employed'],
      ...fact({ ...guideRule, verification: 'unverified', note: 'The Ministry’s guide gives 1 year from the end of employment for workers’ complaints; our sources do not say whether it applies to domestic workers.' }),
    },
  ],
} satisfies DestinationData;
