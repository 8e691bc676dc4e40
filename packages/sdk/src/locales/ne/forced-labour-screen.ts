/** Nepali wording of <mr-forced-labour-screen>: gentle, never alarming, never a verdict. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'forcedLabour.title': 'काममा तपाईंलाई कस्तो व्यवहार गरिन्छ भन्नेबारे प्रश्न',
  'forcedLabour.intro.heading': 'सुरु गर्नुअघि',
  'forcedLabour.intro': 'यी प्रश्नले जबरजस्ती श्रमका सङ्केत खोज्छन्। केही प्रश्न गाह्रो कुराबारे छन्। चाहेको मात्र उत्तर दिनुहोस्: जुनसुकै प्रश्न छोड्न र जुनसुकै बेला रोक्न सक्नुहुन्छ।',
  'forcedLabour.privacy': 'तपाईंका उत्तर यही फोनमा मात्र रहन्छन्। केही पनि पठाइँदैन वा सेभ गरिँदैन।',
  'forcedLabour.start': 'प्रश्न सुरु गर्नुहोस्',
  'forcedLabour.part': 'भाग {current} (जम्मा {total})',
  'forcedLabour.skipHint': 'कुनै प्रश्नको उत्तर नदिई छोड्न सक्नुहुन्छ।',
  'forcedLabour.showResult': 'मेरा उत्तरले के देखाउँछन् हेर्नुहोस्',
  'forcedLabour.result.heading': 'तपाईंका उत्तरले के देखाउँछन्',
  'forcedLabour.answered': { one: 'तपाईंले {total} मध्ये {count} प्रश्नको उत्तर दिनुभयो।', other: 'तपाईंले {total} मध्ये {count} प्रश्नको उत्तर दिनुभयो।' },
  'forcedLabour.present.heading': 'भेटिएका सङ्केत',
  'forcedLabour.possible.heading': 'सम्भावित सङ्केत',
  'forcedLabour.other.heading': 'हामीले सोधेका अरू सङ्केत',
  'forcedLabour.yourAnswer': '{question} तपाईंको उत्तर: {answer}',
  'forcedLabour.fromFees': 'तपाईंको शुल्क जाँचबाट:',
  'forcedLabour.caveat.heading': 'कृपया पढ्नुहोस्',
  'forcedLabour.next.heading': 'अब तपाईं के गर्न सक्नुहुन्छ',
  'forcedLabour.sources.heading': 'यी सङ्केत कहाँबाट आएका हुन्',
  'forcedLabour.clear': 'मेरा उत्तर मेटाउनुहोस्',
  'forcedLabour.cleared': 'तपाईंका उत्तर मेटाइए।',
  'forcedLabour.leave': 'छिटो बाहिर निस्कनुहोस् (उत्तर मेटिन्छन्)',
  'forcedLabour.change': 'मेरा उत्तर बदल्नुहोस्',
  'forcedLabour.startOver': 'फेरि सुरु गर्नुहोस्',
} as const;
