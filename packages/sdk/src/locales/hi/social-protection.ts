/** Hindi wording of <mr-social-protection>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'अगर आप बीमार हों, आपको चोट लगे या आपकी नौकरी चली जाए, तो क्या आप सुरक्षित हैं?',
  'socialProtection.intro':
    'देखें कि जहाँ आप काम करते हैं वहाँ और आपके अपने देश से आपको 9 क्षेत्रों में क्या सुरक्षा मिलती है: इलाज, बीमारी में वेतन, नौकरी जाना, बुढ़ापा, काम पर चोट, परिवार, मातृत्व, विकलांगता और मौत के बाद मदद। “सुरक्षा नहीं” का मतलब है कि हमें ऐसा कुछ नहीं मिला जो आपकी रक्षा करे।',

  'socialProtection.field.destination': 'जिस देश में आप काम करते हैं',
  'socialProtection.field.origin': 'आपका अपना देश',
  'socialProtection.hint.origin': 'आप इसे खाली छोड़ सकते हैं। अगर आप इसे चुनें, तो हम वह मदद भी दिखाएँगे जो आपका अपना देश देता है।',
  'socialProtection.option.noOrigin': 'नहीं चुना',
  'socialProtection.field.compare': 'किसी दूसरे देश से तुलना करें',
  'socialProtection.hint.compare': 'आप इसे खाली छोड़ सकते हैं। दोनों को साथ-साथ देखने के लिए दूसरा देश चुनें।',
  'socialProtection.option.noCompare': 'कोई तुलना नहीं',
  'socialProtection.field.category': 'आपके काम का प्रकार',

  'socialProtection.empty': 'अपनी सुरक्षा देखने के लिए वह देश चुनें जहाँ आप काम करते हैं।',
  'socialProtection.loading': 'आपकी भाषा लोड हो रही है…',
  'socialProtection.problems': 'हम अभी सुरक्षा नहीं दिखा सकते:',

  'socialProtection.category.general': 'कंपनी, दुकान, निर्माण स्थल (साइट), खेत या कोई और कार्यस्थल',
  'socialProtection.category.domestic': 'घरेलू कामगार (किसी घर में)',
  'socialProtection.categoryShort.general': 'कामगार',
  'socialProtection.categoryShort.domestic': 'घरेलू कामगार',
  'socialProtection.heading.withOrigin': '{destination} में काम करने वाले {origin} के एक {category}, {date} को',
  'socialProtection.heading.destinationOnly': '{destination} में काम करने वाले एक {category}, {date} को',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    one: '{destination} में काम करने वाले {origin} के {category} के पास सामाजिक सुरक्षा के {total} क्षेत्रों में से {count} में कोई जानी-पहचानी सुरक्षा नहीं है: {branches}।',
    other: '{destination} में काम करने वाले {origin} के {category} के पास सामाजिक सुरक्षा के {total} क्षेत्रों में से {count} में कोई जानी-पहचानी सुरक्षा नहीं है: {branches}।',
  },
  'socialProtection.gaps.destinationOnly': {
    one: '{destination} में काम करने वाले {category} के पास सामाजिक सुरक्षा के {total} क्षेत्रों में से {count} में कोई जानी-पहचानी सुरक्षा नहीं है: {branches}।',
    other: '{destination} में काम करने वाले {category} के पास सामाजिक सुरक्षा के {total} क्षेत्रों में से {count} में कोई जानी-पहचानी सुरक्षा नहीं है: {branches}।',
  },
  'socialProtection.gaps.none': 'हमें सामाजिक सुरक्षा के सभी {total} क्षेत्रों में कुछ न कुछ सुरक्षा मिली। नीचे की शर्तें देखें: सुरक्षा अधूरी हो सकती है।',
  'socialProtection.gaps.excluded': {
    one: 'इनमें से {count} क्षेत्र में कानून इस कामगार को बाहर रखता है।',
    other: 'इनमें से {count} क्षेत्रों में कानून इस कामगार को बाहर रखता है।',
  },
  'socialProtection.gaps.heading': 'जहाँ कोई जानी-पहचानी सुरक्षा नहीं है',
  'socialProtection.gaps.onDate': '{date} की स्थिति।',

  'socialProtection.verification.secondary': 'इसमें से कुछ बातें खबरों या विशेषज्ञ स्रोतों से हैं, सीधे कानून से नहीं।',
  'socialProtection.verification.unverified': 'इसमें से कुछ बातों की पुष्टि नहीं हुई है। इन पर भरोसा करने से पहले किसी सहायता संगठन या वकील से पूछें।',

  // The matrix and the list
  'socialProtection.section.matrix': 'हर क्षेत्र का ब्योरा',
  'socialProtection.matrix.caption': 'सामाजिक सुरक्षा के 9 क्षेत्रों में से हर एक में आपको क्या सुरक्षा मिलती है',
  'socialProtection.column.branch': 'सुरक्षा का क्षेत्र',
  'socialProtection.column.destination': 'जहाँ आप काम करते हैं: {country}',
  'socialProtection.column.origin': 'आपके अपने देश से: {country}',
  'socialProtection.column.best': 'आपकी सबसे अच्छी सुरक्षा',
  'socialProtection.best': 'आपकी सबसे अच्छी सुरक्षा: {level}',
  'socialProtection.noCover': 'कोई जानी-पहचानी सुरक्षा नहीं',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(अंग्रेज़ी में)',
  'socialProtection.until': '{date} तक।',
  'socialProtection.schemeNote': 'इस योजना के बारे में नोट:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'प्रवासी कामगारों के लिए दूसरी मदद',
  'socialProtection.extras.hint': 'ऐसी मदद जो 9 क्षेत्रों में नहीं आती, जैसे बकाया वेतन या शव को घर लाना।',
  'socialProtection.extras.none': 'हमें कोई दूसरी मदद नहीं मिली।',
  'socialProtection.section.agreements': 'देशों के बीच समझौते: दूसरे देश जाने पर भी अपनी सुरक्षा बनाए रखना',
  'socialProtection.agreements.none': 'हमें इन देशों पर लागू होने वाला कोई समझौता नहीं मिला।',
  'socialProtection.parties': 'पक्षकार देश: {countries}।',
  'socialProtection.partiesSource': 'पक्षकार कौन हैं:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} और {b} साथ-साथ',
  'socialProtection.compare.caption': 'हर क्षेत्र में सबसे अच्छी सुरक्षा, {a} में और {b} में',
  'socialProtection.compare.column': '{country} में',
  'socialProtection.compare.column.difference': 'एक जैसा या अलग?',
  'socialProtection.compare.differs': 'अलग',
  'socialProtection.compare.same': 'एक जैसा',
  'socialProtection.compare.summary': {
    one: '{total} क्षेत्रों में से {count} क्षेत्र {a} और {b} में अलग है।',
    other: '{total} क्षेत्रों में से {count} क्षेत्र {a} और {b} में अलग हैं।',
  },
  'socialProtection.compare.allSame': 'सभी {total} क्षेत्रों में {a} और {b} में सुरक्षा एक जैसी है।',
  'socialProtection.compare.withOrigin': 'सबसे अच्छी सुरक्षा में आपके अपने देश ({origin}) की मदद भी गिनी गई है।',
  'socialProtection.compare.gaps': {
    one: '{country} में: {count} क्षेत्र जिसमें कोई जानी-पहचानी सुरक्षा नहीं है।',
    other: '{country} में: {count} क्षेत्र जिनमें कोई जानी-पहचानी सुरक्षा नहीं है।',
  },
  'socialProtection.compare.extras': '{country} में दूसरी मदद',
  'socialProtection.compare.same.origin': 'आपके अपने देश की मदद नीचे की तालिका में दिखाई गई है।',

  // Copy and print
  'socialProtection.summary.sources': 'स्रोत:',
  'socialProtection.summary.noKnownCover': 'कोई जानी-पहचानी सुरक्षा नहीं',
  'socialProtection.summary.where': 'जहाँ आप काम करते हैं',
  'socialProtection.summary.home': 'अपने देश से',
  'socialProtection.summary.best': 'सबसे अच्छी',
} as const;
