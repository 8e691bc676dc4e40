/** India: research §2. MADAD consular grievances and eMigrate. */
import type { OriginSupport } from '../../schema.js';
import { en, fact, source } from '../common.js';

const lokSabha = source('Lok Sabha answer: welfare of Indian citizens', 'https://datais.info/loksabha/question/6e368e28e8cca66d72291ec4c3d1dfaa/Welfare+of+Indian+Citizens', 'Lok Sabha (parliamentary answer)');
const cims = source('Government schemes and programs', 'https://cimskerala.org/government-schemes-and-programs/', 'CIMS Kerala');
const fsi = source('FAQ related to merger of MOIA with MEA', 'https://www.fsi.mea.gov.in/faq-related-to-merger-of-moia-with-mea.htm', 'Ministry of External Affairs, India');

const madadFact = fact({ from: '2015-02-21', sources: [lokSabha, cims], verification: 'official', check: 'Yes-official (parliamentary answer)' });
const emigrateFact = fact({ from: '2015', sources: [fsi], verification: 'official', check: 'Yes-official' });

export const IN = {
  origin: 'IN',
  bodies: [
    {
      id: 'madad',
      kind: 'consular-grievance',
      name: en('MADAD consular grievance system (Ministry of External Affairs)'),
      role: en('Register a grievance that is tracked and escalated; all Indian missions are linked to it. Migrants, their relatives or third parties may register.'),
      where: 'both',
      channels: [
        { id: 'madad-web', kind: 'online', name: en('MADAD website'), use: 'complaints', ...madadFact, note: 'The research gives no web address.' },
        { id: 'madad-app', kind: 'app', name: en('MADAD mobile app'), use: 'complaints', ...madadFact },
      ],
      whoMayFile: ['worker', 'representative', 'community-organiser'],
      periods: [],
      ...madadFact,
    },
    {
      id: 'emigrate',
      kind: 'regulator',
      name: en('eMigrate'),
      role: en('The emigration system for workers whose passports say Emigration Check Required (ECR). Complaints about overseas employment go to MADAD or eMigrate.'),
      where: 'both',
      channels: [{ id: 'emigrate-online', kind: 'online', name: en('eMigrate'), use: 'complaints', ...emigrateFact, note: 'The research gives no web address.' }],
      whoMayFile: ['worker'],
      eligibility: ['ecr-workers'],
      periods: [],
      ...emigrateFact,
    },
  ],
  deadlines: [],
} satisfies OriginSupport;
