/** Nepali wording of the shared widget text: navigation, privacy, provenance. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'ui.translationDraft': 'यो अनुवाद अझै मस्यौदा हो, नेपाली मातृभाषीले जाँच गर्नुभएको छैन। अनुवाद नभएका भागहरू अङ्ग्रेजीमा देखाइएका छन्।',
  'ui.progress': 'प्रगति',
  'ui.stepOf': 'चरण {current} (जम्मा {total})',
  'ui.fixErrors': {
    one: 'कृपया तलको एउटा उत्तर सच्याउनुहोस्।',
    other: 'कृपया तलका {count} वटा उत्तर सच्याउनुहोस्।',
  },
  'ui.back': 'पछाडि',
  'ui.next': 'अर्को',
  'ui.choose': 'छान्नुहोस्…',
  'ui.privacy': 'तपाईंले लेखेको कुरा यही फोन वा कम्प्युटरमा मात्र रहन्छ। केही पनि पठाइँदैन वा सेभ गरिँदैन।',
  'ui.howCalculated': 'यो हिसाब कसरी निकालियो',
  'ui.print': 'प्रिन्ट गर्नुहोस् वा PDF मा सेभ गर्नुहोस्',
  'ui.copy': 'सारांश कपी गर्नुहोस्',
  'ui.copied': 'सारांश कपी भयो। यसमा कसैको नाम छैन।',
  'ui.startOver': 'फेरि सुरु गर्नुहोस् (सबै मेटाउनुहोस्)',
  'provenance.official': 'आधिकारिक स्रोतसँग जाँच गरिएको।',
  'provenance.secondary': 'समाचार वा विज्ञको स्रोतबाट लिइएको। आधिकारिक कानुनको पाठसँग अझै जाँच गरिएको छैन।',
  'provenance.unverified': 'पुष्टि भएको छैन: हामीले भरपर्दो स्रोत भेटेनौं। यसमा भर पर्नुअघि वकिल वा सहयोगी संस्थासँग सोध्नुहोस्।',
  'provenance.note': 'स्रोतबारे टिप्पणी:',
  'provenance.inForceSince': '{date} देखि लागू।',
  'provenance.source': 'स्रोत:',
  'provenance.noSource': 'अहिलेसम्म कुनै स्रोत भेटिएको छैन।',
  'error.amount': 'रकम अङ्कमा मात्र लेख्नुहोस्, जस्तै 1500 वा 1500.50।',
  'error.hours': 'घण्टाको सङ्ख्या लेख्नुहोस्, जस्तै 20 वा 7.5।',
  'error.month': 'महिना छान्नुहोस्।',
  'error.rate': 'विनिमय दर (रेट) अङ्कमा लेख्नुहोस्, जस्तै 36.5।',
} as const;
