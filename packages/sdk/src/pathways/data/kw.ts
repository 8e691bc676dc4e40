/** Kuwait: research §1.4. Public Authority for Manpower (PAM); community guides only for the private sector. */
import { MONEY_PROBLEMS, type Cost, type DestinationData } from '../schema.js';
import { NO_FEE_FOUND_NOTE, en, fact, source } from './common.js';

const kabayan = source('Filing a labour complaint in Kuwait', 'https://kabayankuwait.com/about-kuwait/filing-a-powerful-labour-complaint', 'Kabayan Kuwait');
const kuwaitOfw = source('Submit a labour complaint', 'https://kuwaitofw.com/submit-labour-complaint/?share=email', 'Kuwait OFW');
const kuwaitOfferings = source('Kuwait: 63 complaints registered against domestic workers in August', 'https://www.kuwaitofferings.com/2021/09/06/kuwait63-complaints-registered-against-domestic-workers-in-august/', 'Kuwait Offerings');
const TOGETHER_KW = 'http://togetherkw.org/domestic-worker-law/';

const noFeeFound: Cost = { kind: 'free', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: NO_FEE_FOUND_NOTE }) };
const guideFact = fact({ sources: [kabayan, kuwaitOfw], verification: 'secondary', check: 'Weak (community guides)' });
const domesticFact = fact({ from: '2015', sources: [kuwaitOfferings], verification: 'secondary', check: 'Yes-secondary', note: `Law 68/2015 on domestic workers, Art. 31. Also reported at ${TOGETHER_KW} (http address, not stored as a source).` });

export const KW = {
  destination: 'KW',
  pathways: [
    {
      id: 'kw.general.claims',
      destination: 'KW',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS, 'change-employer-or-leave'],
      steps: [
        {
          id: 'pam-labour-relations',
          stage: 'complaint',
          body: en('Labour Relations Department, Public Authority for Manpower (PAM)'),
          action: en('Fill in a complaint form at the Labour Relations Department'),
          channels: [{ id: 'pam-office', kind: 'in-person', name: en('PAM Labour Relations Department'), place: en('Reception desk of the Labour Relations Department, Public Authority for Manpower'), use: 'complaints', ...guideFact }],
          whoMayFile: ['worker'],
          documents: ['claim-form', 'civil-id', 'work-permit', 'originals-and-copies'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { filingDeadline: ['kw.claims'], periods: [] },
          whatToExpect: en('The form asks for your name, nationality, civil ID, start date, last working day, the grounds of the complaint, your profession, the agreed wage, the employer’s name and address, the place of work and a phone number. No lawyer is needed. The Department handles wages, transfers, absconding reports, travel bans and work injuries; group cases go to the Reconciliation and Arbitration Committee.'),
          safetyNotes: ['keep-copies', 'absconding-report', 'keep-reference-number'],
          ...guideFact,
        },
      ],
      protections: [],
      notices: [],
      remarks: ['later-steps-not-researched'],
    },
    {
      id: 'kw.domestic.claims',
      destination: 'KW',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      steps: [
        {
          id: 'pam-domestic-labour',
          stage: 'conciliation',
          body: en('Department of Domestic Labour, Public Authority for Manpower (PAM)'),
          action: en('Complain to PAM’s Department of Domestic Labour'),
          channels: [{ id: 'pam-domestic-online', kind: 'online', name: en('PAM online domestic-complaints system'), use: 'complaints', ...domesticFact }],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { filingDeadline: ['kw.claims.domestic'], periods: [] },
          whatToExpect: en('The Department tries to settle the dispute between you and your employer.'),
          safetyNotes: ['keep-copies', 'absconding-report'],
          ...domesticFact,
        },
        {
          id: 'court',
          stage: 'court',
          condition: 'settlement-fails',
          body: en('Courts'),
          action: en('Unresolved disputes are referred to the courts'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { periods: [] },
          whatToExpect: en('If the Department cannot settle the dispute, it refers it to the judiciary.'),
          safetyNotes: ['keep-copies'],
          ...domesticFact,
        },
      ],
      protections: [],
      notices: [],
      remarks: [],
    },
  ],
  deadlines: [
    {
      key: 'kw.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'unverified',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'employment-end',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED (memory)', note: 'Not found in the research. The analyst recalls that Labour Law 6/2010 bars claims 1 year after the end of the contract; not verified.' }),
    },
    {
      key: 'kw.claims.domestic',
      workerCategories: ['domestic'],
      problems: ['unpaid-wages', 'underpayment', 'end-of-service-unpaid'],
      outcome: 'no-limit-found',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research found no time limit for domestic workers’ complaints under Law 68/2015.' }),
    },
  ],
} satisfies DestinationData;
