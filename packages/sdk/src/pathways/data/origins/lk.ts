/** Sri Lanka: research §2. SLBFE complaints, open to registered workers only. */
import type { OriginSupport } from '../../schema.js';
import { en, fact, source } from '../common.js';

const slbfe = source('Complaint management', 'https://www.slbfe.lk/complaint-management/', 'Sri Lanka Bureau of Foreign Employment (SLBFE)');
const embassyOman = source('Registration with the SLBFE', 'https://oman.embassy.gov.lk/?page_id=277', 'Embassy of Sri Lanka in Oman');

const slbfeFact = fact({ sources: [slbfe], verification: 'official', check: 'Yes-official' });

export const LK = {
  origin: 'LK',
  bodies: [
    {
      id: 'slbfe',
      kind: 'complaint-body',
      name: en('Sri Lanka Bureau of Foreign Employment (SLBFE), Conciliation Division'),
      role: en('Takes complaints in person, by hotline, by email or online, at its head office, a branch, or the Labour Section of a Sri Lankan mission abroad, and tracks them in a Complaint Management System. Only registered workers get SLBFE benefits.'),
      where: 'both',
      channels: [
        { id: 'slbfe-online', kind: 'online', name: en('SLBFE complaint management'), url: 'https://www.slbfe.lk/complaint-management/', use: 'complaints', ...slbfeFact },
        { id: 'slbfe-office', kind: 'in-person', name: en('SLBFE Conciliation Division'), place: en('SLBFE head office or a branch'), use: 'complaints', ...slbfeFact },
        { id: 'mission-labour-section', kind: 'in-person', name: en('Labour Section of the Sri Lankan mission'), place: en('The Sri Lankan embassy or consulate where you work'), use: 'complaints', ...slbfeFact },
      ],
      whoMayFile: ['worker', 'representative'],
      eligibility: ['registered-before-departure'],
      periods: [],
      ...fact({ sources: [slbfe, embassyOman], verification: 'official', check: 'Yes-official', note: 'Registration under s.53(3) of the SLBFE Act is compulsory before leaving; it is valid for 2 years with the same employer and can be renewed at the embassy. The research gives no hotline number or email address.' }),
    },
  ],
  deadlines: [],
} satisfies OriginSupport;
