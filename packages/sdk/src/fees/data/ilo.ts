/**
 * ILO fair-recruitment facts (research: fees-wages.md §1) and SDG indicator 10.7.1 (§2).
 * The category wording of the 2019 Definition could not be read in the stored corpus (§1.3 is U),
 * so every category is `unverified` until checked against pp. 27–29 of the ILO publication.
 */
import type { Provenance, Source } from '../../provenance/index.js';
import type { CostCategoryFact } from '../schema.js';

const RETRIEVED = '2026-11-26';

const ILO_VIDEO: Source = {
  title: 'Definition of recruitment fees and related costs (video)',
  url: 'https://www.ilo.org/hanoi/Informationresources/Publicinformation/Videos/WCMS_743685/lang--en/index.htm',
  publisher: 'International Labour Organization',
  retrievedOn: RETRIEVED,
};
const IHRB: Source = {
  title: 'What are recruitment fees?',
  url: 'https://ihrb.org/resources/what-are-recruitment-fees',
  publisher: 'Institute for Human Rights and Business',
  retrievedOn: RETRIEVED,
};
const IOM: Source = {
  title: 'Recruitment Fees & Costs',
  url: 'https://policynetwork.iom.int/recruitment-fees-costs',
  publisher: 'International Organization for Migration',
  retrievedOn: RETRIEVED,
};
const UN_MIGRATION_NETWORK: Source = {
  title: 'General principles and operational guidelines for fair recruitment and definition of recruitment fees and related costs',
  url: 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment',
  publisher: 'United Nations Network on Migration',
  retrievedOn: RETRIEVED,
};
const SDG_METADATA: Source = {
  title: 'SDG indicator metadata 10.7.1',
  url: 'https://worldbank.github.io/sdg-metadata/metadata/en/10-7-1',
  publisher: 'World Bank',
  retrievedOn: RETRIEVED,
};
const KNOMAD: Source = {
  title: 'Guidelines for statistics on SDG indicator 10.7.1',
  url: 'https://www.knomad.org/publication/guidelines-statistics-sdg-indicator-1071',
  publisher: 'KNOMAD',
  retrievedOn: RETRIEVED,
};

/** The Definition was approved for publication on this day (ILO Governing Body; research V2). */
export const ILO_DEFINITION_DATE = '2019-03-28';

/** Employer-pays: workers should not be charged, directly or indirectly, any recruitment fees or related costs. */
export const ILO_EMPLOYER_PAYS: Provenance = {
  effectiveFrom: '2016-09-07',
  sources: [ILO_VIDEO, UN_MIGRATION_NETWORK],
  verification: 'official',
  check: 'V',
  note:
    'ILO General Principles and Operational Guidelines for Fair Recruitment, adopted by a tripartite meeting of experts on 5–7 September 2016 (date: secondary sources). ' +
    'Guidance, not a treaty: national law decides what is punishable. General Principle 7 wording ("No recruitment fees or related costs should be charged to, or otherwise borne by, workers or jobseekers") is quoted from memory (unverified); the substance is confirmed by the ILO.',
};

/** "Any fees or costs incurred in the recruitment process in order for workers to secure employment or placement, regardless of the manner, timing or location of their imposition or collection." */
export const ILO_DEFINITION: Provenance = {
  effectiveFrom: ILO_DEFINITION_DATE,
  sources: [IHRB, ILO_VIDEO],
  verification: 'official',
  check: 'V',
  note:
    'Adopted by the Tripartite Meeting of Experts, 14–16 November 2018; publication approved by the ILO Governing Body on 28 March 2019 (secondary: http mirror of the ILO news item). ' +
    'Full text: pp. 27–29 of the ILO 2019 publication, https://www.ilo.org/wcmsp5/groups/public/---ed_protect/---protrav/---migrant/documents/publication/wcms_703485.pdf (address cited by a third party, not read).',
};

const CATEGORY_NOTE =
  'Category name and scope written from memory (research §1.3 is unverified): check against pp. 27–29 of the ILO 2019 Definition before relying on it.';
const CORROBORATED_NOTE = `${CATEGORY_NOTE} The IOM list of costs charged to migrants corroborates that this kind of cost is in scope (secondary).`;
const ILLEGITIMATE_NOTE =
  'The Definition covers "illegitimate costs" (secondary: ILO news mirror, http only). The list (bribes, tributes, extortion or kickbacks, bonds, illegal cost-recovery fees, deposits) is from memory and unverified. Such costs are always prohibited.';

function category(id: CostCategoryFact['id'], group: CostCategoryFact['group'], corroborated = false): CostCategoryFact {
  const illegitimate = group === 'illegitimate-cost';
  return {
    id,
    group,
    effectiveFrom: ILO_DEFINITION_DATE,
    sources: corroborated ? [IOM] : [],
    verification: 'unverified',
    check: illegitimate ? 'U (category V2)' : 'U',
    note: illegitimate ? ILLEGITIMATE_NOTE : corroborated ? CORROBORATED_NOTE : CATEGORY_NOTE,
  };
}

export const COST_CATEGORY_FACTS: readonly CostCategoryFact[] = [
  category('recruitment-fee', 'recruitment-fee', true),
  category('medical', 'related-cost', true),
  category('insurance', 'related-cost'),
  category('skills-qualification-tests', 'related-cost'),
  category('training-orientation', 'related-cost', true),
  category('equipment', 'related-cost'),
  category('travel-lodging', 'related-cost', true),
  category('administrative', 'related-cost', true),
  category('bribe', 'illegitimate-cost'),
  category('bond', 'illegitimate-cost'),
  category('deposit', 'illegitimate-cost'),
  category('kickback', 'illegitimate-cost'),
  category('illegal-cost-recovery', 'illegitimate-cost'),
];

/** SDG 10.7.1: "Recruitment cost borne by employee as a proportion of monthly income earned in country of destination". */
export const SDG_10_7_1: Provenance = {
  effectiveFrom: '2022-05-18',
  sources: [SDG_METADATA, KNOMAD],
  verification: 'official',
  check: 'V',
  note:
    'effectiveFrom is the date of the metadata version read. Cost and earnings should be for the same worker. Some national portals still carry an early "yearly income" wording; this SDK uses the monthly one.',
};

/** How we compute it: worker-paid costs ÷ monthly earnings in the first destination job ("months of earnings"). */
export const SDG_METHOD: Provenance = {
  effectiveFrom: '2022-05-18',
  sources: [],
  verification: 'unverified',
  check: 'U',
  note:
    'The per-worker formula, the numerator items and the first-job monthly earnings as denominator are from memory: the metadata section "4.c Method of computation" was not retrievable. Costs reimbursed by the employer should be left out.',
};
