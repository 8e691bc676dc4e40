/** Oman: research §1.6. Labour Law (Royal Decree 53/2023): compulsory Ministry settlement before any court claim. */
import { MONEY_PROBLEMS, type Cost, type DestinationData } from '../schema.js';
import { NO_FEE_FOUND_NOTE, en, fact, source } from './common.js';

const decree = source('Royal Decree 53/2023 promulgating the Labour Law', 'https://decree.om/2023/rd20230053/', 'Decree.om');
const observer = source('Labour law provides a platform for employees to air grievances', 'https://omanobserver.om/article/1146449/oman/labour/labour-law-provides-a-platform-for-employees-to-air-grievances', 'Oman Observer');
const escwa = source('Oman: migration policy (labour and social protection)', 'https://migrationpolicy.unescwa.org/taxonomy/term/13?page=0', 'UN ESCWA');

const noFeeFound: Cost = { kind: 'free', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: NO_FEE_FOUND_NOTE }) };
const lawFact = fact({ from: '2023-07-25', sources: [observer], verification: 'secondary', check: 'Yes-secondary', note: 'Labour Law issued by Royal Decree 53/2023 on 25 Jul 2023.' });

export const OM = {
  destination: 'OM',
  pathways: [
    {
      id: 'om.general.claims',
      destination: 'OM',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [
        {
          id: 'company-grievance',
          stage: 'grievance',
          condition: 'large-employer',
          body: en('Your employer’s approved complaints system'),
          action: en('Use your employer’s complaints system, if it has one'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { periods: [] },
          whatToExpect: en('Employers with 50 or more workers must have an approved complaints system (Art. 8).'),
          safetyNotes: ['keep-copies'],
          ...lawFact,
        },
        {
          id: 'ministry-settlement',
          stage: 'conciliation',
          body: en('Ministry of Labour'),
          action: en('Ask the Ministry of Labour to settle the dispute'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { filingDeadline: ['om.claims'], periods: [{ kind: 'settle', max: 30, unit: 'days', runsFrom: 'filing', ...lawFact }] },
          whatToExpect: en('This step is compulsory: a court will not accept a claim unless a settlement request was first made to the Ministry (Art. 9). A settlement record can be enforced.'),
          safetyNotes: ['keep-copies', 'keep-reference-number', 'do-not-sign-blank'],
          ...lawFact,
        },
        {
          id: 'court',
          stage: 'court',
          condition: 'settlement-fails',
          body: en('Court'),
          action: en('Take the claim to court'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { periods: [] },
          whatToExpect: en('If the Ministry does not settle the dispute, you can bring the claim to court.'),
          safetyNotes: ['keep-copies'],
          ...lawFact,
        },
      ],
      protections: [
        {
          id: 'stay-during-claim',
          kind: 'right-to-stay',
          text: en('A migrant worker suing for dues keeps the right to stay in Oman until the claim is decided, at their own cost. The employer must arrange repatriation within 60 days.'),
          limits: [],
          ...fact({ from: '2023', sources: [escwa], verification: 'secondary', check: 'Yes-secondary (ESCWA)' }),
        },
      ],
      notices: [
        {
          id: 'labour-law-2023',
          text: en('These steps follow the Labour Law issued by Royal Decree 53/2023 on 25 Jul 2023, which repealed Royal Decree 35/2003.'),
          ...fact({ from: '2023-07-25', sources: [decree], verification: 'official', check: 'Yes-official' }),
        },
      ],
      remarks: [],
    },
  ],
  deadlines: [
    {
      key: 'om.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'no-limit-found',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research found no time limit for labour claims in Oman.' }),
    },
  ],
} satisfies DestinationData;
