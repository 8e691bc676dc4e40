/**
 * English wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 */
export const reviewed = true;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'Agency or agent service fee',
  'fees.purpose.visa': 'Visa',
  'fees.purpose.work-permit': 'Work or residence permit',
  'fees.purpose.passport': 'Passport',
  'fees.purpose.documents': 'Other papers (police certificate, contract stamp, translations)',
  'fees.purpose.government-registration': 'Government registration or clearance to leave',
  'fees.purpose.welfare-fund': 'Welfare fund',
  'fees.purpose.medical-exam': 'Medical exam',
  'fees.purpose.insurance': 'Insurance',
  'fees.purpose.skills-test': 'Skills or language test',
  'fees.purpose.training': 'Training or orientation',
  'fees.purpose.equipment': 'Tools, uniform or equipment',
  'fees.purpose.air-ticket': 'Air ticket',
  'fees.purpose.local-travel': 'Travel in your country (to interviews, training, the airport)',
  'fees.purpose.accommodation': 'Place to stay or food while waiting',
  'fees.purpose.deposit': 'Deposit',
  'fees.purpose.bond': 'Bond or guarantee',
  'fees.purpose.loan-repayment': 'Paying back a loan',
  'fees.purpose.unofficial-payment': 'Extra money with no receipt or service',
  'fees.purpose.other': 'Something else',

  // Who was paid
  'fees.payee.recruitment-agency': 'Recruitment agency',
  'fees.payee.sub-agent': 'Sub-agent or broker',
  'fees.payee.employer': 'Employer',
  'fees.payee.government': 'Government office',
  'fees.payee.training-centre': 'Training centre',
  'fees.payee.medical-centre': 'Medical centre',
  'fees.payee.other': 'Someone else',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'Housekeeper',
  'fees.occupation.baby-carer': 'Baby carer',
  'fees.occupation.elderly-carer': 'Carer for an elderly person',
  'fees.occupation.cook': 'Cook',
  'fees.occupation.family-driver': 'Driver for a family',
  'fees.occupation.gardener': 'Gardener',
  'fees.occupation.child-carer': 'Child carer',
  'fees.occupation.cleaner': 'Cleaner',
  'fees.occupation.farm-plantation-worker': 'Farm or plantation worker',
  'fees.occupation.fishing-crew': 'Fishing boat crew',
  'fees.occupation.construction': 'Construction worker',
  'fees.occupation.manufacturing': 'Factory worker',
  'fees.occupation.hospitality': 'Hotel, restaurant or shop worker',
  'fees.occupation.other': 'Other work',

  // Kinds of workplace
  'fees.workerCategory.general': 'Company, shop, building site, farm or other workplace',
  'fees.workerCategory.domestic': 'In a home (domestic worker, caregiver, driver for a family)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'Woman',
  'fees.workerSex.male': 'Man',
} as const;
