/** Nepali wording of <mr-social-protection>: the nine areas of social protection for a migrant worker, and the gaps. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'बिरामी हुँदा, चोट लाग्दा वा काम गुम्दा तपाईं सुरक्षित हुनुहुन्छ?',
  'socialProtection.intro':
    'तपाईं काम गर्ने देश र आफ्नै देशबाट 9 क्षेत्रमा तपाईंलाई के-ले सुरक्षा दिन्छ हेर्नुहोस्: उपचार, बिरामी हुँदाको तलब, काम गुम्दा, बुढेसकाल, काममा चोट, परिवार, सुत्केरी, अपाङ्गता र मृत्युपछिको सहयोग। “सुरक्षा छैन” भनेको तपाईंलाई सुरक्षा दिने केही पनि भेटिएन भन्ने हो।',

  'socialProtection.field.destination': 'तपाईं काम गर्ने देश',
  'socialProtection.field.origin': 'तपाईंको आफ्नै देश',
  'socialProtection.hint.origin': 'खाली छोड्न सक्नुहुन्छ। छान्नुभयो भने, तपाईंको आफ्नै देशले दिने सहयोग पनि देखाउँछौं।',
  'socialProtection.option.noOrigin': 'छानिएको छैन',
  'socialProtection.field.compare': 'अर्को देशसँग तुलना गर्नुहोस्',
  'socialProtection.hint.compare': 'खाली छोड्न सक्नुहुन्छ। दुवै छेउछाउ हेर्न दोस्रो देश छान्नुहोस्।',
  'socialProtection.option.noCompare': 'तुलना नगर्ने',
  'socialProtection.field.category': 'तपाईंको कामको प्रकार',

  'socialProtection.empty': 'आफ्नो सुरक्षा हेर्न तपाईं काम गर्ने देश छान्नुहोस्।',
  'socialProtection.loading': 'तपाईंको भाषा लोड हुँदैछ…',
  'socialProtection.problems': 'हामी अहिले सुरक्षा देखाउन सक्दैनौं:',

  'socialProtection.category.general': 'कम्पनी, पसल, निर्माण स्थल, खेत वा अरू कार्यस्थल',
  'socialProtection.category.domestic': 'घरेलु कामदार (घरभित्र)',
  'socialProtection.categoryShort.general': 'कामदार',
  'socialProtection.categoryShort.domestic': 'घरेलु कामदार',
  'socialProtection.heading.withOrigin': '{destination} मा काम गर्ने {origin} को {category}, {date} मा',
  'socialProtection.heading.destinationOnly': '{destination} मा काम गर्ने {category}, {date} मा',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    one: '{destination} मा काम गर्ने {origin} को {category} लाई सामाजिक सुरक्षाका {total} क्षेत्रमध्ये {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन: {branches}।',
    other: '{destination} मा काम गर्ने {origin} को {category} लाई सामाजिक सुरक्षाका {total} क्षेत्रमध्ये {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन: {branches}।',
  },
  'socialProtection.gaps.destinationOnly': {
    one: '{destination} मा काम गर्ने {category} लाई सामाजिक सुरक्षाका {total} क्षेत्रमध्ये {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन: {branches}।',
    other: '{destination} मा काम गर्ने {category} लाई सामाजिक सुरक्षाका {total} क्षेत्रमध्ये {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन: {branches}।',
  },
  'socialProtection.gaps.none': 'सामाजिक सुरक्षाका {total} वटै क्षेत्रमा केही सुरक्षा भेटियो। तलका सर्त जाँच गर्नुहोस्: सुरक्षा आंशिक मात्र हुन सक्छ।',
  'socialProtection.gaps.excluded': { one: 'यीमध्ये {count} क्षेत्रमा कानुनले यो कामदारलाई बाहिर राखेको छ।', other: 'यीमध्ये {count} क्षेत्रमा कानुनले यो कामदारलाई बाहिर राखेको छ।' },
  'socialProtection.gaps.heading': 'कहाँ कुनै थाहा भएको सुरक्षा छैन',
  'socialProtection.gaps.onDate': '{date} को अवस्था।',

  'socialProtection.verification.secondary': 'यसको केही भाग कानुनबाट होइन, समाचार वा विज्ञका स्रोतबाट आएको हो।',
  'socialProtection.verification.unverified': 'यसको केही भाग पुष्टि भएको छैन। भर पर्नुअघि सहयोगी संस्था वा वकिलसँग जाँच गर्नुहोस्।',

  // The matrix and the list
  'socialProtection.section.matrix': 'क्षेत्रअनुसार',
  'socialProtection.matrix.caption': 'सामाजिक सुरक्षाका 9 क्षेत्रमध्ये हरेकमा तपाईंलाई के-ले सुरक्षा दिन्छ',
  'socialProtection.column.branch': 'सुरक्षाको क्षेत्र',
  'socialProtection.column.destination': 'तपाईं काम गर्ने ठाउँ: {country}',
  'socialProtection.column.origin': 'तपाईंको आफ्नै देशबाट: {country}',
  'socialProtection.column.best': 'तपाईंसँग भएको सबैभन्दा राम्रो सुरक्षा',
  'socialProtection.best': 'तपाईंसँग भएको सबैभन्दा राम्रो सुरक्षा: {level}',
  'socialProtection.noCover': 'कुनै थाहा भएको सुरक्षा छैन',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(अङ्ग्रेजीमा)',
  'socialProtection.until': '{date} सम्म।',
  'socialProtection.schemeNote': 'यो योजनाबारे टिप्पणी:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'आप्रवासी कामदारका लागि अरू सहयोग',
  'socialProtection.extras.hint': '9 क्षेत्रमा नपर्ने सहयोग, जस्तै नपाएको तलब वा शव स्वदेश ल्याउने।',
  'socialProtection.extras.none': 'अरू कुनै सहयोग भेटिएन।',
  'socialProtection.section.agreements': 'देशहरूबीचका सम्झौता: अर्को देश जाँदा पनि सुरक्षा कायम राख्ने',
  'socialProtection.agreements.none': 'यी देशलाई समेट्ने कुनै सम्झौता भेटिएन।',
  'socialProtection.parties': 'सम्झौतामा सहभागी देश: {countries}।',
  'socialProtection.partiesSource': 'सहभागी को-को हुन्:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} र {b} छेउछाउ',
  'socialProtection.compare.caption': 'हरेक क्षेत्रमा सबैभन्दा राम्रो सुरक्षा, {a} र {b} मा',
  'socialProtection.compare.column': '{country} मा',
  'socialProtection.compare.column.difference': 'उस्तै कि फरक?',
  'socialProtection.compare.differs': 'फरक',
  'socialProtection.compare.same': 'उस्तै',
  'socialProtection.compare.summary': {
    one: '{total} क्षेत्रमध्ये {count} क्षेत्र {a} र {b} मा फरक छ।',
    other: '{total} क्षेत्रमध्ये {count} क्षेत्र {a} र {b} मा फरक छन्।',
  },
  'socialProtection.compare.allSame': '{total} वटै क्षेत्रमा {a} र {b} को सुरक्षा उस्तै छ।',
  'socialProtection.compare.withOrigin': 'सबैभन्दा राम्रो सुरक्षामा तपाईंको आफ्नै देश ({origin}) को सहयोग पनि गनिएको छ।',
  'socialProtection.compare.gaps': { one: '{country} मा: {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन।', other: '{country} मा: {count} क्षेत्रमा कुनै थाहा भएको सुरक्षा छैन।' },
  'socialProtection.compare.extras': '{country} मा अरू सहयोग',
  'socialProtection.compare.same.origin': 'तपाईंको आफ्नै देशको सहयोग तलको तालिकामा देखाइएको छ।',

  // Copy and print
  'socialProtection.summary.sources': 'स्रोत:',
  'socialProtection.summary.noKnownCover': 'कुनै थाहा भएको सुरक्षा छैन',
  'socialProtection.summary.where': 'काम गर्ने ठाउँ',
  'socialProtection.summary.home': 'आफ्नै देशबाट',
  'socialProtection.summary.best': 'सबैभन्दा राम्रो',
} as const;
