/** United Arab Emirates (mainland): research §0.1–0.3 and §1.2. MOHRE settlement → MOHRE decision (≤ AED 50,000) or court. */
import { MONEY_PROBLEMS, type Channel, type Cost, type DestinationData, type Protection, type Step } from '../schema.js';
import { amount, dial, en, fact, source } from './common.js';

const knLaw = source('A closer look at Federal Decree-Law No. 20 of 2023: new jurisdictional rules for labour disputes in the UAE', 'https://knlaw.com/a-closer-look-at-federal-decree-law-no-20-of-2023-new-jurisdictional-rules-for-labour-disputes-in-the-uae/', 'KN Law');
const satLaw = source('UAE labour law amendments under Federal Decree-Law 9/2024', 'https://sat-law.com/?p=21816', 'SAT Law');
const gulfNewsChanges = source('3 major changes to UAE labour law: all you need to know', 'https://gulfnews.com/amp/living-in-uae/ask-us/3-major-changes-to-uae-labour-law--all-you-need-to-know-1.1724235733163', 'Gulf News');
const sharjahNews = source('UAE labour law: key changes you need to know', 'https://sharjahnews.ae/2024/08/22/uae-labour-law-key-changes-you-need-to-know/', 'Sharjah News');
const emarat = source('New amendments to labour law (Federal Decree-Law No. 9 of 2024) come into effect from August 31', 'https://emarat.directory/new-amendments-to-labour-law-part-of-federal-decree-law-no-9-of-2024-comes-into-effect-from-august-31/2517/n', 'Emarat Directory');
const gulfNewsComplaint = source('UAE labour complaint: essential rules every worker should know before filing a case', 'https://gulfnews.com/living-in-uae/ask-us/uae-labour-complaint-essential-rules-every-worker-should-know-before-filing-a-case-1.500335046', 'Gulf News');
const aleema = source('Workplace issues in UAE: your path to resolution', 'https://aleema.ai/en/dubai/knowledge/article/workplace-issues-in-uae-your-path-to-resolution-starts-here-6XfkhMFV', 'Aleema');
const gulfNews2020 = source('UAE labour law: how to file a labour complaint', 'https://gulfnews.com/amp/gulfnews/living-in-uae/ask-us/uae-labour-law-how-to-file-a-labour-complaint-1.1598367448791', 'Gulf News');
const pledgeFees = source('Justice: labour cases are exempted from judicial fees at all stages', 'https://pledgetimes.com/justice-labor-cases-are-exempted-from-judicial-fees-at-all-stages/', 'Pledge Times');
const govAe = source('Individual labour disputes', 'https://beta.government.ae/en/information-and-services/jobs/labour-disputes/individual-labour-disputes', 'UAE Government portal');
const khaleej = source('UAE Ministry of Human Resources to resolve disputes of Dh50,000 or less', 'https://www.khaleejtimes.com/uae/uae-ministry-of-human-resources-to-resolve-disputes-of-dh50000-or-less', 'Khaleej Times');
const tamimi = source('Important changes in the labor dispute resolution process', 'https://www.tamimi.com/news/important-changes-in-the-labor-dispute-resolution-process/', 'Al Tamimi & Company');
const aletihad = source('MOHRE to adjudicate labour disputes with claims under Dh50,000', 'https://en.aletihad.ae/amp/news/uae/4435026/mohre-to-adjudicate-labour-disputes-with-claims-under-dh50-0', 'Aletihad');
const albanna = source('Interim wages during UAE labour disputes', 'https://albannaadvocates.com/?p=3967', 'Al Banna Advocates');
const uaeLegislation = source('Federal Decree-Law No. 9 of 2022 on domestic workers', 'https://uaelegislation.gov.ae/en/legislations/1593', 'UAE Legislation');
const pledgeDomestic = source('10 legal procedures for settling domestic worker disputes', 'https://pledgetimes.com/10-legal-procedures-for-settling-domestic-worker-disputes/', 'Pledge Times');
const gulfNewsDomestic = source('UAE issues new decree to protect domestic workers’ rights', 'https://gulfnews.com/uae/government/uae-issues-new-decree-to-protect-domestic-workers-rights-1.103831922', 'Gulf News');
const uaeInsurance = source('Insurance system for employees in the private sector', 'https://u.ae/en/information-and-services/jobs/insurance/insurance-system-for-employees-in-the-private-sector', 'UAE Government portal');
const gulfNewsWpp = source('UAE ministry issues resolution on bank guarantees, employees’ protection insurance scheme', 'https://gulfnews.com/business/uae-ministry-issues-resolution-on-bank-guarantees-employees-protection-insurance-scheme-1.1660042681881', 'Gulf News');
const national = source('Government insurance scheme pays out Dh289m to more than 32,000 UAE workers', 'https://www.thenationalnews.com/news/uae/2025/12/10/government-insurance-scheme-pays-out-dh289m-to-more-than-32000-uae-workers', 'The National');

const channelFact = fact({ sources: [gulfNewsComplaint, aleema], verification: 'secondary', check: 'Yes-secondary' });
const mohreChannels: Channel[] = [
  { id: 'mohre-app', kind: 'app', name: en('MOHRE app'), use: 'complaints', ...channelFact },
  { id: 'mohre-website', kind: 'online', name: en('MOHRE website'), use: 'complaints', ...channelFact, note: 'The research gives no web address.' },
  { id: 'call-80060', kind: 'phone', name: en('MOHRE call centre'), ...dial('80060'), ...channelFact },
  { id: 'call-80084', kind: 'phone', name: en('Labour Claims & Advisory Call Centre'), ...dial('80084'), ...channelFact },
  { id: 'service-centres', kind: 'in-person', name: en('Tawseel, Tas-heel or Tawafouq service centre'), place: en('A Tawseel, Tas-heel or Tawafouq service centre'), use: 'complaints', ...channelFact },
  {
    id: 'whatsapp-600590000',
    kind: 'app',
    name: en('MOHRE WhatsApp (listed by a commercial guide)'),
    phone: '600590000',
    via: 'whatsapp',
    ...fact({ sources: [aleema], verification: 'secondary', check: 'Weak', note: 'Listed only by a commercial guide; check before relying on it.' }),
  },
];

const mohreFree: Cost = { kind: 'free', ...fact({ sources: [gulfNews2020], verification: 'secondary', check: 'Yes-secondary', note: 'No fee for the employee at MOHRE (reported in 2020).' }) };
/** Judicial fees: free for labour lawsuits by workers or heirs worth AED 100,000 or less, at every stage. */
const courtCost: Cost = {
  kind: 'free',
  freeUpTo: amount('AED', '100000'),
  ...fact({ from: '2023-05', sources: [pledgeFees], verification: 'secondary', check: 'Yes-secondary', note: 'Announced by the Ministry of Justice in May 2023; the exact start day is not in the research. Claims above AED 100,000 may pay judicial fees.' }),
};

const domesticLawFact = fact({ from: '2022-12-15', sources: [uaeLegislation, pledgeDomestic, gulfNewsDomestic], verification: 'official', check: 'Yes-official / secondary', note: 'Federal Decree-Law 9/2022 (enacted 5 Sep 2022, in force 15 Dec 2022), amended in 2024.' });
const settleFact = fact({ sources: [govAe], verification: 'official', check: 'Yes-official', note: 'Federal Decree-Law 33/2021, Art. 54.' });

function complaintStep(filingDeadline: string[], domestic: boolean): Step {
  const docsFact = fact({ sources: [gulfNewsComplaint, aleema, gulfNews2020], verification: 'secondary', check: 'Yes-secondary' });
  return {
    id: 'mohre-complaint',
    stage: 'complaint',
    body: en('Ministry of Human Resources and Emiratisation (MOHRE)'),
    action: en('File a labour complaint with MOHRE'),
    channels: mohreChannels,
    whoMayFile: ['worker'],
    documents: ['passport-details', 'work-permit', 'evidence'],
    cost: mohreFree,
    limits: [],
    timeLimits: {
      filingDeadline,
      periods: domestic
        ? [{ kind: 'contact', max: 14, unit: 'days', runsFrom: 'filing', ...domesticLawFact }]
        : [{ kind: 'settle', max: 14, unit: 'days', runsFrom: 'filing', ...settleFact }],
    },
    whatToExpect: en('You need an account on the MOHRE app or website, made with your passport details and work permit (labour card) number. MOHRE first tries to settle the dispute between you and your employer.'),
    safetyNotes: ['keep-copies', 'keep-reference-number', 'confirm-deadline'],
    ...docsFact,
  };
}

const decisionFact = fact({ from: '2024-01-01', sources: [khaleej, tamimi, knLaw], verification: 'secondary', check: 'Yes-secondary', note: 'Federal Decree-Laws 20/2023 and 21/2023, issued in 2023 and in force 1 Jan 2024.' });
const mohreLimit = { id: 'mohre-claim-max', kind: 'claim-max' as const, amount: amount('AED', '50000'), keyedOn: 'filing' as const, ...decisionFact };

const mohreDecision: Step = {
  id: 'mohre-decision',
  stage: 'decision',
  condition: 'claim-within-limit',
  body: en('MOHRE'),
  action: en('MOHRE decides your claim'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: mohreFree,
  limits: [mohreLimit],
  timeLimits: { periods: [] },
  whatToExpect: en('MOHRE issues a binding decision that can be enforced, when the claim is within its limit or when a party broke an earlier MOHRE settlement (whatever the amount). This covers private-sector workers, domestic workers and domestic-worker recruitment agencies.'),
  safetyNotes: ['keep-copies'],
  ...decisionFact,
};

const cfiFact = fact({ from: '2024-08-31', sources: [sharjahNews, emarat], verification: 'secondary', check: 'Yes-secondary', note: 'Federal Decree-Law 9/2024, in force 31 Aug 2024.' });
const challengeNow: Step = {
  id: 'challenge',
  stage: 'court',
  condition: 'decision-challenged',
  body: en('Court of First Instance'),
  action: en('Challenge the MOHRE decision in court'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: courtCost,
  limits: [],
  timeLimits: {
    periods: [
      { kind: 'appeal', max: 15, unit: 'working-days', runsFrom: 'decision-notified', ...cfiFact },
      { kind: 'hearing', max: 3, unit: 'working-days', runsFrom: 'filing', ...cfiFact },
      { kind: 'decide', max: 30, unit: 'days', runsFrom: 'filing', ...cfiFact },
    ],
  },
  whatToExpect: en('Either side may sue in the Court of First Instance after being notified of the MOHRE decision. Filing the lawsuit suspends enforcement of the decision. The court’s decision is final.'),
  safetyNotes: ['confirm-deadline', 'keep-copies'],
  ...cfiFact,
};
/** The same step before 31 Aug 2024: Decree-Law 20/2023 sent challenges to the Court of Appeal. */
const challengeBefore: Step = {
  ...challengeNow,
  body: en('Court of Appeal'),
  timeLimits: { periods: [] },
  whatToExpect: en('Under Decree-Law 20/2023 a MOHRE decision was challenged in the Court of Appeal. The research gives no time limits for that route.'),
  ...fact({ from: '2024-01-01', to: '2024-08-30', sources: [sharjahNews, emarat], verification: 'secondary', check: 'Yes-secondary' }),
};

const referral: Step = {
  id: 'court-referral',
  stage: 'court',
  condition: 'claim-above-limit',
  body: en('Labour court'),
  action: en('MOHRE sends your claim to court'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: courtCost,
  limits: [mohreLimit],
  timeLimits: { periods: [] },
  whatToExpect: en('If settlement fails on a claim above MOHRE’s limit, MOHRE refers the case to court with a memo that summarises the dispute and gives its recommendation.'),
  safetyNotes: ['keep-copies'],
  ...fact({ from: '2024-01-01', sources: [aletihad, knLaw], verification: 'secondary', check: 'Yes-secondary' }),
};

const domesticFact = fact({ from: '2022-12-15', sources: [uaeLegislation, pledgeDomestic, gulfNewsDomestic], verification: 'official', check: 'Yes-official / secondary', note: 'Federal Decree-Law 9/2022 (in force 15 Dec 2022), amended in 2024; the research does not say which version set the AED 50,000 limit.' });
const domesticLimit = { ...mohreLimit, ...domesticFact };
const domesticDecision: Step = {
  ...mohreDecision,
  limits: [domesticLimit],
  whatToExpect: en('If the claim is within MOHRE’s limit, its decision is final.'),
  ...domesticFact,
};
const domesticCourt: Step = {
  ...referral,
  id: 'court',
  condition: 'settlement-fails',
  body: en('Court of First Instance'),
  action: en('Take the claim to court'),
  limits: [domesticLimit],
  whatToExpect: en('If the claim is above MOHRE’s limit, or settlement fails, the case goes to the Court of First Instance.'),
  ...domesticFact,
};

const wppFact = fact({ from: '2022', sources: [uaeInsurance, gulfNewsWpp, national], verification: 'official', check: 'Yes-official', note: 'In place since 15 Oct 2018 as an alternative to the AED 3,000 bank guarantee; cover and premiums from Ministerial Resolution 318/2022. The National (Dec 2025, secondary): more than 32,000 workers paid about AED 289m over 5 years.' });
const workersProtectionProgramme: Protection = {
  id: 'wpp',
  kind: 'wage-insurance',
  text: en('If your employer does not pay, the Workers Protection Programme insurance covers the last 120 working days’ wages, end-of-service gratuity, the return ticket, repatriation of remains and other dues fixed by MOHRE or a court, up to its cap. Domestic workers are covered too.'),
  limits: [{ id: 'wpp-cap', kind: 'payment-cap', amount: amount('AED', '20000'), keyedOn: 'filing', ...wppFact }],
  ...wppFact,
};

export const AE = {
  destination: 'AE',
  pathways: [
    {
      id: 'ae.general.claims',
      destination: 'AE',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [complaintStep(['ae.claims'], false), mohreDecision, challengeBefore, challengeNow, referral],
      protections: [
        {
          id: 'interim-wages',
          kind: 'interim-wages',
          text: en('MOHRE may order your employer to keep paying your wages for up to 2 months while the dispute runs.'),
          limits: [],
          ...fact({ from: '2024-01-01', sources: [albanna], verification: 'secondary', check: 'Yes-secondary', note: 'Decree-Law 20/2023 (in force 1 Jan 2024) and Decree-Law 9/2024.' }),
        },
        {
          id: 'temporary-work-permit',
          kind: 'temporary-work-permit',
          text: en('While your case is in court you can get a temporary permit to work for another employer.'),
          limits: [],
          ...fact({ sources: [govAe], verification: 'official', check: 'Yes-official' }),
        },
        workersProtectionProgramme,
      ],
      notices: [
        {
          id: 'free-zones',
          text: en('These steps are for mainland UAE. In a free zone the worker goes first to the free zone’s mediation office; it cannot enforce an outcome, and if there is no settlement it issues a no-objection certificate (NOC) for court. DIFC and ADGM have their own systems.'),
          ...fact({ sources: [gulfNewsComplaint], verification: 'secondary', check: 'Yes-secondary' }),
        },
      ],
      remarks: [],
    },
    {
      id: 'ae.domestic.claims',
      destination: 'AE',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      steps: [complaintStep(['ae.claims.domestic'], true), domesticDecision, domesticCourt],
      protections: [workersProtectionProgramme],
      notices: [],
      remarks: [],
    },
  ],
  deadlines: [
    {
      key: 'ae.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'incident',
      selectedBy: 'employment-end-or-today',
      caveats: ['earliest-unpaid-date', 'transition-unclear'],
      ...fact({ from: '2021', to: '2024-08-30', sources: [govAe, satLaw, gulfNewsChanges], verification: 'secondary', check: 'Yes-secondary', note: 'Decree-Law 33/2021, Art. 54, before its amendment: 1 year from the date the right fell due. The research does not give the day this rule took effect; it is shown from 2021, the year of the decree-law.' }),
    },
    {
      key: 'ae.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 2, unit: 'years' },
      runsFrom: 'employment-end',
      selectedBy: 'employment-end-or-today',
      caveats: ['file-while-employed'],
      ...fact({
        from: '2024-08-31',
        sources: [satLaw, gulfNewsChanges],
        verification: 'secondary',
        check: 'Yes-secondary (CONFLICT with the old government.ae text: prefer 2 years)',
        note: 'Art. 54(9) as amended by Decree-Law 9/2024: 2 years from the end of the employment relationship. The government.ae page in the research’s stored copy still says 1 year and is out of date. This rule is applied when the job ended on or after 31 Aug 2024, or still goes on.',
      }),
    },
    {
      key: 'ae.claims.domestic',
      workerCategories: ['domestic'],
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      outcome: 'no-limit-found',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The 2-year rule is in the Labour Law (Decree-Law 33/2021 as amended); the research gives no time limit under the domestic workers law (Decree-Law 9/2022).' }),
    },
  ],
} satisfies DestinationData;
