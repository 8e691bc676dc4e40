/**
 * Filipino wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'Service fee ng agency o ahente',
  'fees.purpose.visa': 'Visa',
  'fees.purpose.work-permit': 'Work permit o residence permit',
  'fees.purpose.passport': 'Pasaporte',
  'fees.purpose.documents': 'Iba pang papeles (NBI o police clearance, tatak sa kontrata, pagsasalin)',
  'fees.purpose.government-registration': 'Pagpaparehistro sa gobyerno o clearance para makaalis',
  'fees.purpose.welfare-fund': 'Welfare fund',
  'fees.purpose.medical-exam': 'Medical exam',
  'fees.purpose.insurance': 'Insurance',
  'fees.purpose.skills-test': 'Test sa skills o wika',
  'fees.purpose.training': 'Training o orientation',
  'fees.purpose.equipment': 'Gamit sa trabaho, uniporme o kagamitan',
  'fees.purpose.air-ticket': 'Tiket sa eroplano',
  'fees.purpose.local-travel': 'Biyahe sa sarili mong bansa (papunta sa interview, training, airport)',
  'fees.purpose.accommodation': 'Matutuluyan o pagkain habang naghihintay',
  'fees.purpose.deposit': 'Deposito',
  'fees.purpose.bond': 'Bond o garantiya',
  'fees.purpose.loan-repayment': 'Pagbabayad ng utang',
  'fees.purpose.unofficial-payment': 'Dagdag na perang walang resibo o serbisyo',
  'fees.purpose.other': 'Iba pa',

  // Who was paid
  'fees.payee.recruitment-agency': 'Recruitment agency',
  'fees.payee.sub-agent': 'Sub-agent o broker',
  'fees.payee.employer': 'Employer',
  'fees.payee.government': 'Opisina ng gobyerno',
  'fees.payee.training-centre': 'Training center',
  'fees.payee.medical-centre': 'Medical clinic',
  'fees.payee.other': 'Ibang tao',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'Kasambahay (housekeeper)',
  'fees.occupation.baby-carer': 'Tagapag-alaga ng sanggol (yaya)',
  'fees.occupation.elderly-carer': 'Caregiver ng matanda',
  'fees.occupation.cook': 'Tagaluto (cook)',
  'fees.occupation.family-driver': 'Family driver',
  'fees.occupation.gardener': 'Hardinero',
  'fees.occupation.child-carer': 'Tagapag-alaga ng bata (yaya)',
  'fees.occupation.cleaner': 'Cleaner',
  'fees.occupation.farm-plantation-worker': 'Manggagawa sa bukid o plantasyon',
  'fees.occupation.fishing-crew': 'Crew ng bangkang pangisda',
  'fees.occupation.construction': 'Construction worker',
  'fees.occupation.manufacturing': 'Factory worker',
  'fees.occupation.hospitality': 'Manggagawa sa hotel, restawran o tindahan',
  'fees.occupation.other': 'Ibang trabaho',

  // Kinds of workplace
  'fees.workerCategory.general': 'Kumpanya, tindahan, construction site, bukid o ibang lugar ng trabaho',
  'fees.workerCategory.domestic': 'Sa loob ng bahay (kasambahay o domestic helper, caregiver, driver ng pamilya)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'Babae',
  'fees.workerSex.male': 'Lalaki',
} as const;
