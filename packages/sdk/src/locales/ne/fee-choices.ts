/**
 * Nepali wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'म्यानपावर वा एजेन्टको सेवा शुल्क',
  'fees.purpose.visa': 'भिसा',
  'fees.purpose.work-permit': 'काम वा बसोबास अनुमति',
  'fees.purpose.passport': 'राहदानी (पासपोर्ट)',
  'fees.purpose.documents': 'अरू कागजपत्र (प्रहरी प्रमाणपत्र, करारको छाप, अनुवाद)',
  'fees.purpose.government-registration': 'सरकारी दर्ता वा बाहिर जाने स्वीकृति (श्रम स्वीकृति)',
  'fees.purpose.welfare-fund': 'कल्याणकारी कोष',
  'fees.purpose.medical-exam': 'स्वास्थ्य जाँच',
  'fees.purpose.insurance': 'बीमा',
  'fees.purpose.skills-test': 'सीप वा भाषा परीक्षा',
  'fees.purpose.training': 'तालिम वा अभिमुखीकरण',
  'fees.purpose.equipment': 'औजार, वर्दी वा सामग्री',
  'fees.purpose.air-ticket': 'हवाई टिकट',
  'fees.purpose.local-travel': 'आफ्नै देशभित्रको यात्रा (अन्तर्वार्ता, तालिम, विमानस्थलसम्म)',
  'fees.purpose.accommodation': 'पर्खँदा बस्ने ठाउँ वा खाना',
  'fees.purpose.deposit': 'धरौटी',
  'fees.purpose.bond': 'जमानत वा ग्यारेन्टी',
  'fees.purpose.loan-repayment': 'ऋण फिर्ता तिर्नु',
  'fees.purpose.unofficial-payment': 'रसिद वा सेवा बिनाको थप पैसा',
  'fees.purpose.other': 'अरू केही',

  // Who was paid
  'fees.payee.recruitment-agency': 'म्यानपावर कम्पनी (भर्ना एजेन्सी)',
  'fees.payee.sub-agent': 'सब-एजेन्ट वा दलाल',
  'fees.payee.employer': 'रोजगारदाता',
  'fees.payee.government': 'सरकारी कार्यालय',
  'fees.payee.training-centre': 'तालिम केन्द्र',
  'fees.payee.medical-centre': 'मेडिकल सेन्टर',
  'fees.payee.other': 'अरू कोही',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'घरको काम गर्ने',
  'fees.occupation.baby-carer': 'शिशु हेरचाह गर्ने',
  'fees.occupation.elderly-carer': 'वृद्धवृद्धाको हेरचाह गर्ने',
  'fees.occupation.cook': 'भान्से (कुक)',
  'fees.occupation.family-driver': 'परिवारको चालक (ड्राइभर)',
  'fees.occupation.gardener': 'माली',
  'fees.occupation.child-carer': 'बालबालिकाको हेरचाह गर्ने',
  'fees.occupation.cleaner': 'सरसफाइ गर्ने (क्लिनर)',
  'fees.occupation.farm-plantation-worker': 'खेती वा बगानको कामदार',
  'fees.occupation.fishing-crew': 'माछा मार्ने डुङ्गाको कामदार',
  'fees.occupation.construction': 'निर्माण कामदार',
  'fees.occupation.manufacturing': 'कारखानाको कामदार',
  'fees.occupation.hospitality': 'होटल, रेस्टुरेन्ट वा पसलको कामदार',
  'fees.occupation.other': 'अरू काम',

  // Kinds of workplace
  'fees.workerCategory.general': 'कम्पनी, पसल, निर्माण स्थल, खेत वा अरू कार्यस्थल',
  'fees.workerCategory.domestic': 'घरभित्र (घरेलु कामदार, हेरचाहकर्ता, परिवारको चालक)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'महिला',
  'fees.workerSex.male': 'पुरुष',
} as const;
