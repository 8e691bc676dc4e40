/** Philippines: research §2. DMW and its Migrant Workers Offices abroad; NLRC and SEnA at home. */
import { MONEY_PROBLEMS, type OriginSupport } from '../../schema.js';
import { dial, en, fact, source } from '../common.js';

const eagle = source('President Duterte signs law creating Department of Migrant Workers', 'https://www.eaglenews.ph/president-duterte-signs-law-creating-department-of-migrant-workers/', 'Eagle News');
const jur = source('Department of Migrant Workers Act (RA 11641)', 'https://jur.ph/law/facts/department-of-migrant-workers-act', 'Jur.ph');
const judiciary = source('Republic Act 11641 (Supreme Court E-Library)', 'https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/2/96393', 'Supreme Court of the Philippines');
const supremeCourt = source('Supreme Court decision quoting RA 8042 s.10', 'https://chr-observatories.uwazi.io/en/entity/p4xhv9wlvv?page=2', 'CHR Observatories (Uwazi)');
const respicio = source('Labor Arbiter jurisdiction (see also RA 8042)', 'https://respicio.ph/bar/2025/labor-law-and-social-legislation/jurisdiction-remedies/labor-arbiter-see-also-ra-no-8042', 'Respicio & Co.');
const chel = source('Hindi kasi ako binayaran ng employer ko… pwede pa bang singilin ito?', 'https://cheldiokno.com/hindi-kasi-ako-binayaran-ng-employer-ko-para-sa-trabahong-nagawa-ko-noon-pa-pwede-pa-bang-singilin-ito/', 'Chel Diokno (legal aid guide)');
const normlex = source('ILO CEACR comment, Philippines, C143', 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4295647%2C102970%3ANO', 'ILO NORMLEX');
const lawyerPh = source('OFW labor complaint overseas', 'https://www.lawyer-philippines.com/articles/ofw-labor-complaint-overseas-philippines', 'Lawyer Philippines');

const dmwFact = fact({ from: '2021-12-30', sources: [eagle, jur, judiciary], verification: 'official', check: 'Yes-official', note: 'RA 11641 signed 30 Dec 2021; implementing rules dated 4 Apr 2022.' });
const nlrcFact = fact({ from: '1995', sources: [supremeCourt, respicio], verification: 'official', check: 'Yes-official (quoted statute)', note: 'RA 8042 (1995) s.10, amended by RA 10022 (2010).' });
const senaFact = fact({ sources: [chel], verification: 'secondary', check: 'Yes-secondary (legal aid guide, in Tagalog)' });

export const PH = {
  origin: 'PH',
  bodies: [
    {
      id: 'dmw',
      kind: 'ministry',
      name: en('Department of Migrant Workers (DMW)'),
      role: en('The department for overseas Filipino workers. It merged the POEA and other offices, runs the Migrant Workers Offices abroad, and has a 24/7 emergency response centre.'),
      where: 'both',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...dmwFact,
    },
    {
      id: 'aksyon-fund',
      kind: 'welfare-fund',
      name: en('AKSYON Fund'),
      role: en('Legal, medical and financial help, repatriation, and repatriation of remains, created by the DMW law.'),
      where: 'both',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...dmwFact,
    },
    {
      id: 'owwa',
      kind: 'welfare-fund',
      name: en('Overseas Workers Welfare Administration (OWWA)'),
      role: en('Attached to the Department of Migrant Workers.'),
      where: 'both',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...dmwFact,
    },
    {
      id: 'mwo',
      kind: 'migrant-workers-office',
      name: en('Migrant Workers Office (MWO, formerly POLO) and the OFW Command Centre'),
      role: en('Abroad, the MWO conciliates, sends notices to employers, refers cases to the host country’s ministry or tribunal, and provides shelter. The 24/7 OFW Command Centre (formerly the Assistance to Migrants Desk, since Feb 2017) takes calls for help.'),
      where: 'abroad',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...fact({ from: '2017-02', sources: [normlex, lawyerPh], verification: 'official', check: 'Yes-official (ILO CEACR) / Weak' }),
    },
    {
      id: 'nlrc',
      kind: 'complaint-body',
      name: en('National Labor Relations Commission (NLRC), Labor Arbiters'),
      role: en('Hears overseas workers’ money claims and illegal dismissal cases. The local recruitment agency and the foreign employer are jointly and solidarily liable.'),
      where: 'home',
      channels: [],
      whoMayFile: ['worker'],
      handles: [...MONEY_PROBLEMS],
      periods: [{ kind: 'decide', max: 90, unit: 'days', runsFrom: 'filing', ...nlrcFact }],
      filingDeadline: ['ph.money-claims'],
      ...nlrcFact,
    },
    {
      id: 'sena',
      kind: 'complaint-body',
      name: en('Single Entry Approach (SEnA): Request for Assistance'),
      role: en('The entry point for a claim: at the NLRC regional arbitration branch for claims over P5,000, or at the DOLE Regional Office for P5,000 or less.'),
      where: 'home',
      channels: [
        { id: 'sena-online', kind: 'online', name: en('SEnA online request'), webAddress: 'sena.dole.gov.ph', use: 'complaints', ...senaFact },
        { id: 'dole-1349', kind: 'phone', name: en('DOLE hotline'), ...dial('1349'), ...senaFact },
      ],
      whoMayFile: ['worker'],
      handles: [...MONEY_PROBLEMS],
      periods: [],
      filingDeadline: ['ph.money-claims'],
      ...senaFact,
    },
  ],
  deadlines: [
    {
      key: 'ph.money-claims',
      workerCategories: ['general', 'domestic'],
      problems: [...MONEY_PROBLEMS],
      outcome: 'limit',
      length: { amount: 3, unit: 'years' },
      runsFrom: 'incident',
      selectedBy: 'today',
      caveats: [],
      ...fact({ sources: [chel], verification: 'secondary', check: 'Yes-secondary (legal aid guide, in Tagalog)', note: 'Labor Code Art. 306: money claims within 3 years of when they accrued.' }),
    },
  ],
} satisfies OriginSupport;
