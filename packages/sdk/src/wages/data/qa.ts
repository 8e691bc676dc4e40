/** Qatar (research: fees-wages.md §5.1). Labour Law 14/2004; minimum wage Law 17/2020 and Decree 25/2020. */
import type { CountryWageData } from '../schema.js';
import { amount, source, yearOnly } from './source.js';

const QAR = (major: string) => amount('QAR', major);
const LAW_2004 = '2005-01-01';

const FGBS = source('Minimum wage law to be implemented from 20 March', 'https://fgbs.futuregategroup.com/minimum-wage-law-to-be-implemented-from-20-march/', 'Future Gate Group');
const ILQ_MINIMUM = source('Questions and answers: the new minimum wage in Qatar', 'https://www.iloveqatar.net/guide/laws/questions-answers-new-minimum-wage-doha-qatar-non-discriminatory', 'ILoveQatar.net');
const WAGEINDICATOR = source('Minimum wages regulations: Qatar', 'https://wageindicator.org/labour-laws/labour-law-around-the-world/minimum-wages-regulations/minimum-wages-regulations-qatar', 'WageIndicator');
const HUB_73_74 = source('Labour Law 14/2004, Articles 73 and 74', 'https://accountabilityhub.org/provision/labour-law-no-14-of-2004-articles-73-and-74/', 'Accountability Hub');
const QABAYAN = source('Magkano ba ang sweldo kapag pinagtrabaho sa araw ng pahinga o holiday', 'https://qabayanfm.com/forum/qatar-labor-law/magkano-ba-ang-sweldo-kapag-pinagtrabaho-sa-araw-ng-pahinga-o-holiday', 'Qabayan FM forum');
const W7_REST = source('Rest-day work premium (comment)', 'https://242901.w7ydw.group/vcomment/7704297');
const SCRIBD_GRATUITY = source('Gratuity (Labour Law Art. 54)', 'https://id.scribd.com/presentation/89774602/Gratuity', 'Scribd');
const DOCSLIB_WAGES = source('Wages payments', 'https://docslib.org/doc/8283406/wages-payments', 'Docslib');
const ALMEEZAN_66 = source('Labour Law 14/2004, Article 66 (as amended by Law 1/2015)', 'https://www.almeezan.qa/PrintArticle_section.aspx?LawTreeSectionID=12645&language=en&lawId=3961', 'Al Meezan (Qatar legal portal)');
const HUB_66 = source('Labour Law 14/2004, Article 66', 'https://accountabilityhub.org/provision/labour-law-14article-66/', 'Accountability Hub');

export const QATAR: CountryWageData = {
  country: 'QA',
  currency: 'QAR',
  minimumWage: [
    {
      id: 'qa-minimum-2021',
      workerCategories: ['general', 'domestic'],
      appliesBy: 'calendar',
      value: { kind: 'monthly', basic: QAR('1000'), housing: QAR('500'), food: QAR('300'), comparedWith: 'components' },
      effectiveFrom: '2021-03-20',
      sources: [FGBS, ILQ_MINIMUM, WAGEINDICATOR],
      verification: 'secondary',
      check: 'V2',
      note:
        'Law 17/2020 and Decree 25/2020, published 2020-09-09, in force 2021-03-20; non-discriminatory and covering domestic workers. The housing (QAR 500) and food (QAR 300) allowances are due in cash unless the employer provides adequate housing and food. ' +
        'The research also cites a Peninsula mirror on an http address (not stored). An earlier temporary minimum of QAR 750 (2017) is not encoded: its date and scope are not in the research.',
    },
  ],
  hourlyRate: [
    {
      id: 'qa-hourly',
      formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 },
      effectiveFrom: LAW_2004,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: 'The research gives no rule for deriving an hourly rate in Qatar. Monthly ÷ 30 ÷ 8 (normal hours are 8 a day, Art. 73) is a common practice, not verified.',
    },
  ],
  dailyRate: [
    {
      id: 'qa-daily',
      daysPerMonth: 30,
      effectiveFrom: LAW_2004,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: "The research does not say how a day's wage is derived in Qatar; monthly ÷ 30 is used (not verified).",
    },
  ],
  overtime: [
    {
      id: 'qa-ot-ordinary',
      kind: 'ordinary',
      workerCategories: ['general'],
      premium: { status: 'known', terms: [{ base: 'basic', percent: 125 }] },
      effectiveFrom: LAW_2004,
      sources: [HUB_73_74],
      verification: 'secondary',
      check: 'V2',
      note: `Art. 74: overtime pay is at least the basic wage + 25 %; at most 10 hours of actual work a day except in emergencies. A second source (welcomeqatar.com, quoting Al Meezan) is on an http address and not stored. ${yearOnly(2004)}`,
    },
    {
      id: 'qa-ot-night',
      kind: 'night',
      workerCategories: ['general'],
      premium: { status: 'known', terms: [{ base: 'basic', percent: 150 }] },
      window: { from: '21:00', to: '06:00' },
      effectiveFrom: LAW_2004,
      sources: [HUB_73_74],
      verification: 'secondary',
      check: 'V2 ⚠',
      caveat: 'wages.caveat.qa.nightWindow',
      note: `Art. 74: work between 21:00 and 06:00 is paid at least the basic wage + 50 %; shift workers are excepted. Some old translations give the window as 21:00–03:00. ${yearOnly(2004)}`,
    },
    {
      id: 'qa-ot-rest-day',
      kind: 'restDay',
      workerCategories: ['general'],
      premium: { status: 'conflict', extraPercents: [50, 150] },
      effectiveFrom: LAW_2004,
      sources: [QABAYAN, W7_REST],
      verification: 'unverified',
      check: '⚠',
      caveat: 'wages.caveat.qa.restDayConflict',
      note: 'Art. 75: a worker required to work on the weekly rest day gets a substitute rest day plus a premium. Sources conflict: one says at least 150 % extra, another basic + 50 %. Not calculated until the Al Meezan text of Art. 75 is checked.',
    },
  ],
  deductionCaps: [],
  gratuity: [
    {
      id: 'qa-gratuity',
      workerCategories: ['general'],
      base: 'basic',
      minServiceYears: 1,
      tiers: [{ fromYear: 1, perYear: { unit: 'days', days: 21 } }],
      resignation: 'same',
      effectiveFrom: LAW_2004,
      sources: [SCRIBD_GRATUITY, DOCSLIB_WAGES],
      verification: 'secondary',
      check: 'V2',
      note: `Art. 54: after at least one year of service, at least three weeks' wage (21 days) per year of service, pro rata for part years, on the last basic wage. An equivalent or better pension scheme can replace it. The research states no reduction on resignation. ${yearOnly(2004)}`,
    },
  ],
  wagePayment: [
    {
      id: 'qa-payment',
      workerCategories: ['general'],
      effectiveFrom: LAW_2004,
      sources: [ALMEEZAN_66, HUB_66],
      verification: 'official',
      check: 'V / V2',
      note: `Art. 66 (amended by Law 1/2015): monthly-paid workers are paid at least once a month, others at least every two weeks, by transfer to a bank in Qatar (Wage Protection System, started November 2015). ${yearOnly(2004)}`,
    },
  ],
};
