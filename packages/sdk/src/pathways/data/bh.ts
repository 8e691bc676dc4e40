/** Bahrain: research §1.5. MLSD amicable settlement → labour court; LMRA Expat Protection Centre & Shelter for workers in distress. */
import { MONEY_PROBLEMS, type Cost, type DestinationData, type Pathway, type Step } from '../schema.js';
import { NO_FEE_FOUND_NOTE, en, fact, source } from './common.js';

const mlsd = source('Deciding for labor settlement requests', 'https://www.mlsd.gov.bh/ar/home/subservices_sections/33?lang=en', 'Ministry of Labour and Social Development, Bahrain');
const lawReviews = source('The Labour and Employment Disputes Review: Bahrain', 'https://thelawreviews.co.uk/title/the-labour-and-employment-disputes-review/bahrain', 'The Law Reviews');
const newsOfBahrain = source('Expat Protection Centre and Shelter', 'https://www.newsofbahrain.com/bahrain/60658.html', 'News of Bahrain');
const bhrrc = source('Bahrain: distressed workers hotline receives over 5,000 calls, including cases of trafficking', 'https://www.business-humanrights.org/en/bahrain-distressed-workers-hotline-receives-over-5000-calls-including-cases-of-trafficking', 'Business & Human Rights Resource Centre');
const LMRA_BLOG = 'http://blog.lmra.bh/en/2017/06/01/the-nihr-opens-an-office-branch-in-the-expat-protection-center-and-shelter/';

const noFeeFound: Cost = { kind: 'free', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: NO_FEE_FOUND_NOTE }) };
const mlsdFact = fact({ sources: [mlsd], verification: 'official', check: 'Yes-official' });
const centreFact = fact({ from: '2015', sources: [newsOfBahrain, bhrrc], verification: 'secondary', check: 'Yes-official / secondary', note: `Opened 2015; human-rights (NIHR) office inside since 1 Jun 2017. The official LMRA report is at ${LMRA_BLOG} (http address, not stored as a source).` });

const shelter: Step = {
  id: 'expat-protection-centre',
  stage: 'support',
  body: en('Expat Protection Centre & Shelter (Labour Market Regulatory Authority, LMRA)'),
  action: en('Ask the Expat Protection Centre for protection and help'),
  channels: [],
  whoMayFile: ['worker'],
  documents: [],
  cost: noFeeFound,
  limits: [],
  timeLimits: { periods: [] },
  languages: ['hi', 'te', 'si', 'ta', 'ur', 'ml', 'ar', 'en'],
  whatToExpect: en('The Centre offers a shelter, medical and psychosocial support, and help with repatriation. A National Institution for Human Rights (NIHR) office inside it takes human-rights complaints. It has handled more than 25,000 cases. Its hotline answers in Hindi, Telugu, Sinhala, Tamil, Urdu, Malayalam, Arabic and English.'),
  safetyNotes: ['keep-copies'],
  ...centreFact,
};

function abusePathway(workerCategory: 'general' | 'domestic'): Pathway {
  return {
    id: `bh.${workerCategory}.protection`,
    destination: 'BH',
    workerCategory,
    problems: ['abuse-violence'],
    steps: [shelter],
    protections: [],
    notices: [],
    remarks: ['no-address-in-research'],
  };
}

export const BH = {
  destination: 'BH',
  pathways: [
    {
      id: 'bh.general.claims',
      destination: 'BH',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [
        {
          id: 'mlsd-settlement',
          stage: 'conciliation',
          body: en('Ministry of Labour and Social Development (MLSD)'),
          action: en('Send a labour settlement request to the Ministry by email'),
          channels: [
            { id: 'mlsd-email', kind: 'email', name: en('MLSD labour settlement requests'), email: 'alc@mlsd.gov.bh', use: 'complaints', ...mlsdFact },
            { id: 'mlsd-service-page', kind: 'online', name: en('MLSD service page with the request form'), url: 'https://www.mlsd.gov.bh/ar/home/subservices_sections/33?lang=en', use: 'complaints', ...mlsdFact },
          ],
          whoMayFile: ['worker'],
          documents: ['claim-form', 'valid-id-copy', 'contact-number'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { filingDeadline: ['bh.claims'], periods: [] },
          whatToExpect: en('Fill in the “Deciding for Labor Settlement Requests” form (for amicable settlement or a legal inquiry) and email it with a copy of your valid ID and a contact number. A settlement report can be enforced like a court judgment.'),
          safetyNotes: ['keep-copies', 'keep-reference-number', 'do-not-sign-blank'],
          ...mlsdFact,
        },
        {
          id: 'labour-court',
          stage: 'court',
          condition: 'settlement-fails',
          body: en('Labour court'),
          action: en('Take the dispute to the labour court'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['evidence'],
          cost: noFeeFound,
          limits: [],
          timeLimits: { periods: [] },
          whatToExpect: en('If there is no settlement, the case goes to the labour court under Labour Law 36/2012.'),
          safetyNotes: ['keep-copies'],
          ...fact({ from: '2012', sources: [lawReviews], verification: 'secondary', check: 'Yes-secondary', note: 'Labour Law 36/2012.' }),
        },
      ],
      protections: [],
      notices: [],
      remarks: [],
    },
    abusePathway('general'),
    abusePathway('domestic'),
  ],
  deadlines: [
    {
      key: 'bh.claims',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'unverified',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'employment-end',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED (memory)', note: 'Not found in the research. The analyst recalls 1 year from the end of the contract; not verified.' }),
    },
  ],
} satisfies DestinationData;
