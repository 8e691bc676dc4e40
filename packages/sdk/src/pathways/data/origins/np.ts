/** Nepal: research §2. Department of Foreign Employment (Kathmandu only) and the Foreign Employment Tribunal. */
import { MONEY_PROBLEMS, type OriginSupport } from '../../schema.js';
import { dial, en, fact, source } from '../common.js';

const cmir = source('Decentralisation of foreign employment services', 'https://cmir.org.np/index.php/programs/test/root/programs/policy-advocacy/decentralization', 'Centre for Migration and International Relations (CMIR)');
const kathmanduPost = source('Foreign employment department swings into action against fraud cases', 'https://kathmandupost.com/national/2019/11/25/foreign-employment-department-swings-into-action-against-fraud-cases', 'The Kathmandu Post');
const onlineKhabar = source('Backlog at the Department of Foreign Employment', 'https://english.onlinekhabar.com/backlog-foreign-employment-department.html', 'Onlinekhabar');
const amarNepal = source('Returnee reintegration and rights: post-return support', 'https://amarnepal.com/topics/returnee-reintegration-and-rights-post-return-support-banned', 'Amar Nepal');
const SECTION_53 = 'http://accountabilityhub.org/provision/section-53-2/';

export const NP = {
  origin: 'NP',
  bodies: [
    {
      id: 'dofe',
      kind: 'regulator',
      name: en('Department of Foreign Employment (DoFE)'),
      role: en('Hears complaints and investigates offences under the Foreign Employment Act 2064 (2007). It can order a refund of fees charged above the limit, plus a fine.'),
      where: 'home',
      channels: [{ id: 'dofe-office', kind: 'in-person', name: en('Department of Foreign Employment'), place: en('Kathmandu (the only office)'), use: 'complaints', ...fact({ from: '2007', sources: [cmir], verification: 'secondary', check: 'Yes-secondary' }) }],
      whoMayFile: ['worker'],
      handles: ['recruitment-fees'],
      periods: [],
      filingDeadline: ['np.dofe'],
      ...fact({
        from: '2007',
        sources: [cmir, onlineKhabar],
        verification: 'secondary',
        check: 'Yes-secondary',
        note: `Refund plus an NPR 100,000 fine under s.53 (also at ${SECTION_53}, an http address not stored as a source). Centralisation in Kathmandu is a known barrier. Onlinekhabar (Aug 2025): more than 36,000 complaints pending, some from 2007, with about 200 new ones a day.`,
      }),
    },
    {
      id: 'fet',
      kind: 'tribunal',
      name: en('Foreign Employment Tribunal'),
      role: en('Hears offences beyond DoFE’s powers; DoFE forwards cases after investigating them. Its three members are an Appellate Court judge (chair), a Labour Court case-trying officer and a first-class judicial officer.'),
      where: 'home',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...fact({ from: '2007', sources: [cmir, kathmanduPost], verification: 'secondary', check: 'Yes-secondary', note: 'Set up under s.64 of the Foreign Employment Act 2007.' }),
    },
    {
      id: 'feb-helpline',
      kind: 'helpline',
      name: en('Foreign Employment Board helpline'),
      role: en('Toll-free helpline of the Foreign Employment Board.'),
      where: 'home',
      channels: [{ id: 'feb-1141', kind: 'phone', name: en('Foreign Employment Board toll-free helpline'), ...dial('1141'), ...fact({ sources: [amarNepal], verification: 'secondary', check: 'Weak' }) }],
      whoMayFile: ['worker'],
      periods: [],
      ...fact({ sources: [amarNepal], verification: 'secondary', check: 'Weak' }),
    },
  ],
  deadlines: [
    {
      key: 'np.dofe',
      workerCategories: ['general', 'domestic'],
      problems: ['recruitment-fees', ...MONEY_PROBLEMS],
      outcome: 'unverified',
      selectedBy: 'today',
      caveats: ['act-quickly'],
      ...fact({ sources: [], verification: 'unverified', check: 'UNVERIFIED', note: 'The research did not find a time limit for DoFE complaints.' }),
    },
  ],
} satisfies OriginSupport;
