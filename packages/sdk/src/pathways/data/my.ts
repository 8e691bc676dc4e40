/** Malaysia: research §0.10 and §1.7. Labour Department (JTK) complaint → Labour Court inquiry (s.69 EA) → High Court appeal. */
import { MONEY_PROBLEMS, type Cost, type DestinationData, type Notice, type Step } from '../schema.js';
import { en, fact, httpOnly, source } from './common.js';

const louisLiaw = source('How to file or defend a claim in the Labour Court in Malaysia: a step-by-step guide', 'https://louisliaw.com/how-to-file-defend-a-claim-in-the-labour-court-in-malaysia-a-step-by-step-guide', 'Louis Liaw');
const rahmatLim = source('All employees irrespective of wages to be covered under amended Employment Act 1955 from 1 January 2023', 'https://www.rahmatlim.com/publication/articles/22319/all-employees-irrespective-of-wages-to-be-covered-under-amended-employment-act-1955-from-1-january-2023', 'Rahmat Lim & Partners');
const asher = source('Labour Court / Labour Office proceedings in Malaysia', 'https://asherknco.com/labour-court-labour-office-proceedings-in-malaysia', 'Asher K & Co');
const malayMail = source('HR Ministry launches application for workers to submit labour-related complaints', 'https://www.malaymail.com/news/malaysia/2021/05/03/hr-ministry-launches-application-for-workers-to-submit-labour-related-compl/1971412', 'Malay Mail');
const gempak = source('Malaysian workers filed over 15,000 complaints against employers in one year', 'https://gempak.com/rojakdaily/lifestyle/malaysian-workers-filed-over-15-000-complaints-employers-one-year-72233', 'Rojak Daily');
const astudion = source('Employment Act 1955, Part XV: complaints and inquiries', 'https://www.astudion.com/resources/legal/employment-act-1955/part-xv-complaints-and-inquiries', 'Astudion');
const formsLegal = source('Labour complaint form, Malaysia (commercial template)', 'https://forms-legal.com/malaysia/employment/forms/labour-complaint-form-malaysia', 'Forms Legal');
const JTK = 'http://jtksm.mohr.gov.my/index.php/en/majikan-dan-pekerja/mahkamah-buruh';
const MY_LABOUR_LAW = 'http://mylabourlaw.net/quick-guides/38-making-claims.php';

const free: Cost = { kind: 'free', ...fact({ sources: [], verification: 'unverified', check: 'Yes-official', note: `No fees, and no cap on the amount claimed. ${httpOnly([JTK], 'Yes-official')}` }) };
const stepsFact = fact({ sources: [asher, louisLiaw], verification: 'secondary', check: 'Yes-secondary', note: `Also described at ${MY_LABOUR_LAW} (http address, not stored as a source).` });

const wfwFact = fact({ from: '2021-05-03', sources: [malayMail, gempak], verification: 'secondary', check: 'Yes-secondary', note: 'Launched 3 May 2021 by the Ministry of Human Resources (KSM). 15,313 complaints by 17 Apr 2022; translation into 14 languages was planned, not yet offered.' });
const wfwApp: Step = {
  id: 'wfw-app',
  stage: 'complaint',
  condition: 'optional',
  body: en('Ministry of Human Resources (KSM)'),
  action: en('Complain in the Working for Workers (WFW) app'),
  channels: [{ id: 'wfw', kind: 'app', name: en('Working for Workers (WFW) app'), use: 'complaints', ...wfwFact }],
  whoMayFile: ['worker'],
  documents: ['evidence'],
  cost: free,
  limits: [],
  timeLimits: { periods: [{ kind: 'respond', min: 3, max: 7, unit: 'days', runsFrom: 'filing', ...wfwFact }] },
  whatToExpect: en('The app is open to all workers, including foreign workers. Complaints are confidential; the ministry says it answers them within the time shown. 80 labour offices handle 14 types of complaint.'),
  safetyNotes: ['keep-copies', 'keep-reference-number'],
  ...wfwFact,
};

const jtkFact = fact({ sources: [louisLiaw], verification: 'secondary', check: 'Yes-official', note: `Rated official in the research from the Labour Department’s own page, ${JTK}, an http address that cannot be stored as a source.` });
function jtkComplaint(filingDeadline: string[]): Step {
  return {
    id: 'jtk-complaint',
    stage: 'complaint',
    body: en('Labour Department (Jabatan Tenaga Kerja, JTK)'),
    action: en('Make a complaint and sworn statement of claim at the nearest JTK office'),
    channels: [{ id: 'jtk-office', kind: 'in-person', name: en('Nearest Labour Department (JTK) office'), place: en('The Labour Department (JTK) office nearest to you'), use: 'complaints', ...jtkFact }],
    whoMayFile: ['worker'],
    documents: ['sworn-statement', 'contract', 'payslips', 'attendance-records'],
    cost: free,
    limits: [],
    timeLimits: { filingDeadline, periods: [] },
    whatToExpect: en('JTK contacts your employer and tries to settle. Officers can help fill in missing employer details from the Labour Market Database. Bring your contract if you have one and evidence such as punch cards and payslips.'),
    safetyNotes: ['keep-copies', 'keep-reference-number', 'confirm-deadline'],
    ...stepsFact,
  };
}

const labourCourt: Step = {
  id: 'labour-court',
  stage: 'decision',
  condition: 'settlement-fails',
  body: en('Labour Court (a Labour Officer’s inquiry under s.69 of the Employment Act; not a court of law)'),
  action: en('Attend the hearing after the summons'),
  channels: [],
  whoMayFile: ['worker'],
  documents: ['contract', 'payslips', 'attendance-records'],
  cost: free,
  limits: [],
  timeLimits: {
    periods: [
      { kind: 'decide', min: 1, max: 3, unit: 'months', runsFrom: 'filing', ...fact({ sources: [], verification: 'unverified', check: 'Yes-official', note: `JTK’s target to conclude a case. ${httpOnly([JTK], 'Yes-official')}` }) },
    ],
  },
  whatToExpect: en('JTK sends a summons (“Saman Ketua Pengarah”), holds a hearing and makes an order.'),
  safetyNotes: ['keep-copies'],
  ...stepsFact,
};

const highCourt: Step = {
  id: 'high-court-appeal',
  stage: 'appeal',
  condition: 'decision-challenged',
  body: en('High Court'),
  action: en('Appeal the order to the High Court'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research gives no fee for a High Court appeal.' }) },
  limits: [],
  timeLimits: { periods: [{ kind: 'appeal', max: 14, unit: 'days', runsFrom: 'decision-notified', ...stepsFact }] },
  whatToExpect: en('Either side may appeal the Labour Court’s order (s.77 of the Employment Act).'),
  safetyNotes: ['confirm-deadline'],
  ...stepsFact,
};

const enforcement: Step = {
  id: 'enforcement',
  stage: 'enforcement',
  condition: 'employer-does-not-pay',
  body: en('Sessions Court'),
  action: en('Have the order recorded in the Sessions Court to enforce it'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research gives no fee for enforcement.' }) },
  limits: [],
  timeLimits: { periods: [] },
  whatToExpect: en('To enforce the order, it is recorded in the Sessions Court.'),
  safetyNotes: ['keep-copies'],
  ...stepsFact,
};

const coverage: Notice = {
  id: 'employment-act-coverage',
  text: en('Since 1 Jan 2023 the Employment Act covers all employees whatever their wage. Some sections (such as overtime) do not apply above RM4,000 a month, with exceptions, and domestic workers are treated specially. Before 2023, claims were limited to employees earning up to RM5,000 (s.69B).'),
  ...fact({ from: '2023-01-01', sources: [rahmatLim], verification: 'secondary', check: 'Yes-secondary', note: `Act A1651. Also described at ${MY_LABOUR_LAW} (http address, not stored as a source).` }),
};
const regions: Notice = {
  id: 'sabah-sarawak',
  text: en('The Employment Act 1955 applies in Peninsular Malaysia and Labuan. Sabah and Sarawak have their own Labour Ordinances, so these steps may differ there.'),
  ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'From the research’s section heading; no source is stored for it.' }),
};

export const MY = {
  destination: 'MY',
  pathways: [
    {
      id: 'my.general.claims',
      destination: 'MY',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [wfwApp, jtkComplaint(['my.claims']), labourCourt, highCourt, enforcement],
      protections: [],
      notices: [coverage, regions],
      remarks: [],
    },
    {
      id: 'my.domestic.claims',
      destination: 'MY',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment'],
      steps: [wfwApp, jtkComplaint(['my.claims'])],
      protections: [],
      notices: [coverage, regions],
      remarks: ['later-steps-not-researched'],
    },
  ],
  deadlines: [
    {
      key: 'my.claims',
      workerCategories: ['general', 'domestic'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'unverified',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({
        sources: [astudion, formsLegal],
        verification: 'unverified',
        check: 'CONFLICT / UNVERIFIED',
        note: 'CONFLICT: a commercial complaint template says claims must be made within 1 year (s.69(2)), but the statute text of s.69(2) that was found has no limitation period. The 1-year figure is not used; the actual limit is not verified.',
      }),
    },
  ],
} satisfies DestinationData;
