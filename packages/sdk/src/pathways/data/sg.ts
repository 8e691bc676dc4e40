/** Singapore: research §1.8. TADM mediation → Employment Claims Tribunals; domestic workers go to MOM instead. */
import { MONEY_PROBLEMS, type Cost, type DestinationData } from '../schema.js';
import { amount, dial, en, fact, source } from './common.js';

const talGuide = source('TADM mediation guide', 'https://www.tal.sg/tadm/mediation-guide-3', 'Tripartite Alliance (TADM)');
const talGuideOld = source('TADM mediation guide: preparing for mediation', 'https://www.tal.sg/tadm/mediation-guide-old', 'Tripartite Alliance (TADM)');
const momDisputes = source('Managing employment disputes', 'https://www.mom.gov.sg/employment-practices/managing-employment-disputes', 'Ministry of Manpower');
const momFdw = source('How can an FDW report that her salary has not been paid?', 'https://www.mom.gov.sg/faq/work-permit-for-fdw/how-can-an-fdw-report-that-her-salary-has-not-been-paid', 'Ministry of Manpower');
const oneWorld = source('Foreign domestic worker welcomes new house visit scheme by MOM', 'https://theoneworldnews.com/asia/foreign-domestic-worker-welcomes-new-house-visit-scheme-by-mom/', 'The One World News');
const allSg = source('Domestic worker denied 10 months’ salary, forced to go back home', 'https://www.allsingaporestuff.com/2017/09/19/domestic-worker-denied-10-mth-salary-forced-to-go-back-home/', 'All Singapore Stuff');
const TADM_HTTP = 'http://www.tadm.sg/mediation-guide/';

const feesUnknown: Cost = { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research did not find the fees.' }) };
const tadmFact = fact({ sources: [talGuide], verification: 'official', check: 'Yes-official', note: `Also at ${TADM_HTTP} (http address, not stored as a source).` });
const ectFact = fact({ from: '2019-04', sources: [momDisputes], verification: 'official', check: 'Yes-official', note: 'The tribunals have heard salary and wrongful-dismissal claims since April 2019.' });
const limitFact = fact({ sources: [momDisputes], verification: 'official', check: 'Yes-official', note: 'Any amount above the limit must be given up.' });
const momFact = fact({ sources: [momFdw], verification: 'official', check: 'Yes-official' });
const ngoFact = (src: typeof oneWorld) => fact({ sources: [src], verification: 'secondary', check: 'Weak', note: 'Reported between 2017 and 2022; check the number is current.' });

export const SG = {
  destination: 'SG',
  pathways: [
    {
      id: 'sg.general.claims',
      destination: 'SG',
      workerCategory: 'general',
      problems: [...MONEY_PROBLEMS],
      steps: [
        {
          id: 'tadm-mediation',
          stage: 'conciliation',
          body: en('Tripartite Alliance for Dispute Management (TADM)'),
          action: en('File a claim with TADM for mediation'),
          channels: [
            { id: 'tadm-online', kind: 'online', name: en('TADM online filing (with Singpass)'), url: 'https://www.tal.sg/tadm/mediation-guide-3', use: 'complaints', ...tadmFact },
            { id: 'ask-tadm', kind: 'online', name: en('“Ask TADM” chatbot'), use: 'information', ...tadmFact },
          ],
          whoMayFile: ['worker'],
          documents: ['contract', 'payslips', 'bank-statements', 'attendance-records'],
          cost: feesUnknown,
          limits: [],
          timeLimits: { filingDeadline: ['sg.salary.employed', 'sg.salary.ended'], periods: [] },
          whatToExpect: en('Mediation is compulsory before the tribunal. It happens online or in person, each session lasts up to 3 hours, and no lawyers take part. Prepare salary records, bank statements, attendance records and your employment contract.'),
          safetyNotes: ['keep-copies', 'confirm-deadline', 'do-not-sign-blank'],
          ...fact({ sources: [talGuide, talGuideOld], verification: 'official', check: 'Yes-official', note: `Also at ${TADM_HTTP} (http address, not stored as a source).` }),
        },
        {
          id: 'ect',
          stage: 'decision',
          condition: 'settlement-fails',
          body: en('Employment Claims Tribunals (ECT)'),
          action: en('Take the claim to the Employment Claims Tribunals'),
          channels: [],
          whoMayFile: ['worker'],
          documents: ['contract', 'payslips', 'bank-statements', 'attendance-records'],
          cost: feesUnknown,
          limits: [
            { id: 'ect-claim-max', kind: 'claim-max', amount: amount('SGD', '20000'), keyedOn: 'filing', ...limitFact },
            { id: 'ect-claim-max-mediated', kind: 'claim-max', amount: amount('SGD', '30000'), condition: 'union-or-tmf-mediation', keyedOn: 'filing', ...limitFact },
          ],
          timeLimits: { periods: [] },
          whatToExpect: en('If mediation fails, TADM issues a Claim Referral Certificate and the case goes to the tribunal. The higher limit applies when a union helped or the Tripartite Mediation Framework was used.'),
          safetyNotes: ['keep-copies'],
          ...ectFact,
        },
      ],
      protections: [],
      notices: [],
      remarks: [],
    },
    {
      id: 'sg.domestic.claims',
      destination: 'SG',
      workerCategory: 'domestic',
      problems: ['unpaid-wages', 'underpayment'],
      steps: [
        {
          id: 'support-groups',
          stage: 'support',
          condition: 'optional',
          body: en('Support groups: Centre for Domestic Employees (CDE) and HOME'),
          action: en('Call a support group for advice'),
          channels: [
            { id: 'cde', kind: 'phone', name: en('Centre for Domestic Employees (CDE) 24-hour line'), ...dial('1800-225-5233'), open24h: true, ...ngoFact(oneWorld) },
            { id: 'home', kind: 'phone', name: en('Humanitarian Organisation for Migration Economics (HOME)'), ...dial('1800-797 7977'), ...ngoFact(allSg) },
          ],
          whoMayFile: ['worker'],
          documents: [],
          cost: { kind: 'unknown', ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research gives no cost for these lines.' }) },
          limits: [],
          timeLimits: { periods: [] },
          whatToExpect: en('Non-government lines that can advise you before or while you complain.'),
          safetyNotes: ['keep-copies'],
          ...fact({ sources: [oneWorld, allSg], verification: 'secondary', check: 'Weak' }),
        },
        {
          id: 'mom-fmmd',
          stage: 'complaint',
          body: en('Ministry of Manpower, Foreign Manpower Management Division (Well-Being Branch)'),
          action: en('Report unpaid salary to MOM'),
          channels: [
            { id: 'mdw-helpline', kind: 'phone', name: en('MOM helpline for migrant domestic workers'), ...dial('1800 339 5505'), dialFrom: 'in-country', ...momFact },
            { id: 'mdw-helpline-overseas', kind: 'phone', name: en('MOM helpline for migrant domestic workers, from overseas'), ...dial('+65 6339 5505'), dialFrom: 'abroad', ...momFact },
          ],
          whoMayFile: ['worker'],
          documents: ['payslips', 'bank-statements', 'contract'],
          cost: feesUnknown,
          limits: [],
          timeLimits: { filingDeadline: ['sg.domestic'], periods: [{ kind: 'pay', max: 7, unit: 'days', runsFrom: 'month-end', ...momFact }] },
          whatToExpect: en('MOM recovers unpaid salary through conciliation with your employer. Your employer must pay your salary within the time shown after the end of each month.'),
          safetyNotes: ['keep-copies', 'keep-reference-number'],
          ...momFact,
        },
      ],
      protections: [],
      notices: [
        {
          id: 'tadm-excludes-domestic',
          text: en('Domestic workers, seafarers and public officers cannot use TADM or the Employment Claims Tribunals for contractual salary claims or wrongful dismissal.'),
          ...fact({ sources: [talGuide], verification: 'official', check: 'Yes-official' }),
        },
      ],
      remarks: [],
    },
  ],
  deadlines: [
    {
      key: 'sg.salary.employed',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 1, unit: 'years' },
      runsFrom: 'incident',
      whileEmployed: true,
      selectedBy: 'today',
      caveats: ['limit-shortens-when-job-ends'],
      ...fact({ sources: [momDisputes], verification: 'official', check: 'Yes-official', note: 'Salary claims while still employed: within 1 year after the dispute arose.' }),
    },
    {
      key: 'sg.salary.ended',
      workerCategories: ['general'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 6, unit: 'months' },
      runsFrom: 'employment-end',
      whileEmployed: false,
      selectedBy: 'today',
      caveats: [],
      ...fact({ sources: [momDisputes], verification: 'official', check: 'Yes-official', note: 'Salary claims when no longer employed: within 6 months of the last day of work.' }),
    },
    {
      key: 'sg.domestic',
      workerCategories: ['domestic'],
      problems: ['unpaid-wages', 'underpayment'],
      outcome: 'no-limit-found',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research found no time limit for domestic workers’ salary complaints to MOM. The TADM limits do not apply: domestic workers are excluded from TADM and the tribunals.' }),
    },
  ],
} satisfies DestinationData;
