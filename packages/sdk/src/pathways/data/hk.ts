/** Hong Kong SAR: research §0.4 and §1.9. Labour Relations Division conciliation → MECAB (small claims) or Labour Tribunal. */
import { MONEY_PROBLEMS, type Channel, type Cost, type DestinationData, type Limit, type Pathway, type Step, type WorkerCategory } from '../schema.js';
import { amount, dial, en, fact, source } from './common.js';

const lrServices = source('Labour Relations Division: services', 'https://lr.labour.gov.hk/web/en/services/services.html', 'Labour Department, HKSAR');
const govHk = source('Conciliation service for employment claims', 'https://www.gov.hk/en/residents/employment/employee/conciliation.htm', 'GovHK');
const labourMecab = source('Minor Employment Claims Adjudication Board', 'https://labour.gov.hk/eng/labour/content4.htm', 'Labour Department, HKSAR');
const minter = source('Increased jurisdictional limit of the Minor Employment Claims Adjudication Board', 'https://minterellison.com.hk/news/increased-jurisdictional-limit-of-the-minor-employment-claims-adjudication-board/', 'MinterEllison');
const paperzz = source('A simple guide to the Minor Employment Claims Adjudication Board', 'https://paperzz.com/doc/9244222/a-simple-guide-to-minor-employment-claims-adjudication-board');
const clicQ3 = source('Introduction to the Labour Tribunal (Q3)', 'https://www.clic.org.hk/en/topics/employmentDisputes/theLabourTribunalAndTheLabourDepartment/introductionToTheLabourTribunal/q3', 'Community Legal Information Centre (CLIC), University of Hong Kong');
const clicQ2 = source('Introduction to the Labour Tribunal (Q2)', 'https://clic.org.hk/en/topics/employmentDisputes/theLabourTribunalAndTheLabourDepartment/introductionToTheLabourTribunal/q2', 'Community Legal Information Centre (CLIC), University of Hong Kong');
const dayday = source('Employer FAQ: enquiries and complaints (reproduces the Labour Department FAQ)', 'https://daydayhelp-web--day-day-help.asia-east1.hosted.app/en/blog/employer-faq-enquiries-and-complaints', 'Day Day Help');
const overseas = source('Employer insolvency and the Protection of Wages on Insolvency Fund (reproduces the Labour Department FAQ)', 'https://overseas.com.hk/en', 'Overseas');
const sunweb = source('Filing of claims: some usual questions', 'https://sunwebhk.com/2018/04/filing-of-claims-some-usual-questions.html', 'Sunweb HK');

const lrdFact = fact({ sources: [lrServices, govHk], verification: 'official', check: 'Yes-official' });
const hotlineFact = fact({ sources: [dayday], verification: 'secondary', check: 'Weak (it reproduces the Labour Department FAQ)' });
const mecabFact = fact({ sources: [labourMecab, minter, paperzz], verification: 'official', check: 'Yes-official' });
const clicFact = fact({ sources: [clicQ3, clicQ2], verification: 'secondary', check: 'Yes-secondary (CLIC is a University of Hong Kong community legal information site)' });
const feesUnknown: Cost = { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research did not find the Labour Tribunal’s fees.' }) };

/** MECAB's money limit is keyed on when the claim arose, not on the filing date (research §0.4). */
const mecabLimits: Limit[] = [
  { id: 'mecab-claim-max', kind: 'claim-max', amount: amount('HKD', '8000'), keyedOn: 'claim-arose', ...fact({ to: '2021-09-16', sources: [labourMecab], verification: 'official', check: 'Yes-official', note: 'Limit per claimant for claims that arose before 17 Sep 2021; the research does not give when it started.' }) },
  { id: 'mecab-claim-max', kind: 'claim-max', amount: amount('HKD', '15000'), keyedOn: 'claim-arose', ...fact({ from: '2021-09-17', sources: [labourMecab, minter], verification: 'official', check: 'Yes-official', note: 'Limit per claimant for claims arising on or after 17 Sep 2021.' }) },
  { id: 'mecab-claimants-max', kind: 'claimants-max', count: 10, keyedOn: 'filing', ...mecabFact },
];

function lrdChannels(category: WorkerCategory): Channel[] {
  const channels: Channel[] = [
    { id: 'lrd-branch', kind: 'in-person', name: en('Labour Relations Division branch office'), place: en('The Labour Relations Division branch office nearest your workplace (there are 10)'), url: 'https://lr.labour.gov.hk/web/en/services/services.html', use: 'complaints', ...lrdFact },
    { id: 'ld-enquiry', kind: 'phone', name: en('Labour Department 24-hour enquiry line (handled by 1823)'), use: 'information', ...dial('2717 1771'), open24h: true, ...hotlineFact },
  ];
  if (category === 'domestic') {
    channels.push({ id: 'fdh-line', kind: 'phone', name: en('Labour Department line for foreign domestic helpers'), use: 'information', ...dial('2157 9537'), ...hotlineFact });
  }
  return channels;
}

function steps(category: WorkerCategory): Step[] {
  return [
    {
      id: 'lrd-conciliation',
      stage: 'conciliation',
      body: en('Labour Relations Division (LRD), Labour Department'),
      action: en('Go in person to the nearest LRD branch to make a claim'),
      channels: lrdChannels(category),
      whoMayFile: ['worker'],
      documents: ['claim-form', 'evidence'],
      cost: { kind: 'free', ...lrdFact },
      limits: [],
      timeLimits: { filingDeadline: ['hk.limitation'], periods: [] },
      whatToExpect: en('Conciliation is free and voluntary. You are interviewed, fill in a claim form, and a conciliation meeting with your employer is set (by phone in special cases). If you agree, a settlement agreement is signed and the officer helps arrange payment.'),
      safetyNotes: ['keep-copies', 'keep-reference-number', 'do-not-sign-blank'],
      ...lrdFact,
    },
    {
      id: 'mecab',
      stage: 'decision',
      condition: 'claim-within-limit',
      body: en('Minor Employment Claims Adjudication Board (MECAB)'),
      action: en('The Board hears small claims that conciliation did not settle'),
      channels: [{ id: 'mecab-office', kind: 'in-person', name: en('MECAB office'), place: en('10/F Cheung Sha Wan Government Offices'), ...dial('2927 8000'), ...mecabFact }],
      whoMayFile: ['worker'],
      documents: ['evidence'],
      cost: { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research gives no fee for MECAB.' }) },
      limits: mecabLimits,
      timeLimits: { periods: [{ kind: 'venue-window', max: 12, unit: 'months', runsFrom: 'claim-arose', ...mecabFact, note: 'Claims that arose more than 12 months before filing go to the Labour Tribunal unless the parties agree otherwise.' }] },
      whatToExpect: en('You must go through LRD conciliation first. There are no lawyers; hearings are public and awards are binding.'),
      safetyNotes: ['keep-copies'],
      ...mecabFact,
    },
    {
      id: 'labour-tribunal',
      stage: 'court',
      condition: 'claim-above-limit',
      body: en('Labour Tribunal (Judiciary)'),
      action: en('Book an appointment to file your claim at the Labour Tribunal'),
      channels: [{ id: 'lt-appointments', kind: 'phone', name: en('Labour Tribunal 24-hour appointment line'), use: 'appointments', ...dial('2625 0056'), open24h: true, ...clicFact }],
      whoMayFile: ['worker'],
      documents: ['evidence'],
      cost: feesUnknown,
      limits: mecabLimits,
      timeLimits: { periods: [] },
      languages: ['zh', 'en'],
      whatToExpect: en('For claims above the MECAB limit or with more than 10 claimants. A Tribunal Officer interviews you and drafts Form 1 (Title to Claim) and Form 2 (Form of Claim), in Chinese or English. No lawyers take part.'),
      safetyNotes: ['keep-copies', 'confirm-deadline'],
      ...clicFact,
    },
    {
      id: 'insolvency-fund',
      stage: 'fund',
      condition: 'employer-insolvent',
      body: en('Protection of Wages on Insolvency Fund (through the Wage Security Division)'),
      action: en('If your employer is insolvent, apply for an ex gratia payment'),
      channels: [],
      whoMayFile: ['worker'],
      documents: [],
      cost: { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research gives no cost.' }) },
      limits: [],
      timeLimits: { periods: [] },
      whatToExpect: en('The Labour Department refers you to the Legal Aid Department, and you apply to the Fund through its Wage Security Division.'),
      safetyNotes: ['keep-copies'],
      ...fact({ sources: [overseas], verification: 'secondary', check: 'Weak (it reproduces the Labour Department FAQ)' }),
    },
  ];
}

function pathway(workerCategory: WorkerCategory): Pathway {
  return {
    id: `hk.${workerCategory}.claims`,
    destination: 'HK',
    workerCategory,
    problems: workerCategory === 'general' ? [...MONEY_PROBLEMS] : ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
    steps: steps(workerCategory),
    protections:
      workerCategory === 'domestic'
        ? [
            {
              id: 'claim-not-a-crime',
              kind: 'claim-not-a-crime',
              text: en('Filing a labour claim is not a crime and does not by itself bar a helper’s visa. The “two-week rule” still applies.'),
              limits: [],
              ...fact({ sources: [sunweb], verification: 'secondary', check: 'Weak', note: 'Reported in 2018; ask the Labour Department or a support group about your visa.' }),
            },
          ]
        : [],
    notices: [],
    remarks: [],
  };
}

export const HK = {
  destination: 'HK',
  pathways: [pathway('general'), pathway('domestic')],
  deadlines: [
    {
      key: 'hk.limitation',
      workerCategories: ['general', 'domestic'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 6, unit: 'years' },
      runsFrom: 'incident',
      selectedBy: 'today',
      caveats: ['mecab-12-months'],
      ...fact({ sources: [clicQ3, clicQ2], verification: 'secondary', check: 'Yes-secondary (CLIC)', note: 'The Limitation Ordinance (Cap. 347) may bar claims older than 6 years from when the claim arose.' }),
    },
  ],
} satisfies DestinationData;
