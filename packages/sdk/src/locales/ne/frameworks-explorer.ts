/** Nepali wording of <mr-frameworks-explorer>: where a country stands, and the commitments on a topic. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'आप्रवासी कामदारका अधिकारसम्बन्धी सम्झौता',
  'frameworksExplorer.intro': 'कुनै देश कुन-कुन देशसमूहमा छ र त्यसले कुन सम्झौतामा हस्ताक्षर गरेको छ हेर्नुहोस्। वा कुनै विषय छानेर त्यसबारेका सम्झौता हेर्नुहोस्।',
  'frameworksExplorer.tabs': 'तपाईं कसरी हेर्न चाहनुहुन्छ?',
  'frameworksExplorer.tab.country': 'देशअनुसार',
  'frameworksExplorer.tab.topic': 'विषयअनुसार',

  'frameworksExplorer.field.country': 'देश',
  'frameworksExplorer.field.date': 'मिति',
  'frameworksExplorer.hint.date': 'यो दिन के लागू थियो हामी त्यो देखाउँछौं। सुरुमा आजको मिति हुन्छ।',
  'frameworksExplorer.field.topic': 'विषय',

  'frameworksExplorer.empty.country': 'देशको अवस्था हेर्न देश छान्नुहोस्।',
  'frameworksExplorer.empty.topic': 'विषयबारेका सम्झौता हेर्न विषय छान्नुहोस्।',
  'frameworksExplorer.status.country': '{date} मा {country} देखाइँदैछ।',
  'frameworksExplorer.status.topic': 'यसबारेका सम्झौता देखाइँदैछ: {topic}।',

  'frameworksExplorer.topic.fees': 'भर्ना शुल्क र निष्पक्ष भर्ना',
  'frameworksExplorer.topic.wages': 'तलब र समान व्यवहार',
  'frameworksExplorer.topic.pathways': 'उजुरी र न्यायमा पहुँच',
  'frameworksExplorer.topic.protection': 'सामाजिक सुरक्षा र त्यसको निरन्तरता',
  'frameworksExplorer.topic.cases': 'दुर्व्यवहार र जबरजस्ती श्रमको अभिलेख',

  'frameworksExplorer.loading': 'सम्झौताहरू लोड हुँदैछन्…',
  'frameworksExplorer.unavailable': 'सम्झौताहरू लोड गर्न सकिएन। आफ्नो इन्टरनेट जडान जाँच गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।',

  'frameworksExplorer.heading.country': '{date} मा {country}',
  'frameworksExplorer.section.roles': 'यो सहभागी भएका देशसमूह',
  'frameworksExplorer.section.conventions': 'आप्रवासी कामसम्बन्धी मुख्य अन्तर्राष्ट्रिय सन्धि',
  'frameworksExplorer.section.otherRatified': 'यसले अनुमोदन गरेका अरू सन्धि',
  'frameworksExplorer.section.upcoming': 'आउँदै गरेका बैठक र समीक्षा',
  'frameworksExplorer.section.civilSociety': 'कामदारका संस्था र गैरसरकारी संस्था कहाँ भाग लिन सक्छन्',
  'frameworksExplorer.section.notes': 'कृपया ध्यान दिनुहोस्',
  'frameworksExplorer.section.instruments': 'यो विषयका सम्झौता र निर्देशिका',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: यो विषयका लक्ष्य',

  'frameworksExplorer.role': 'भूमिका: {role}',
  'frameworksExplorer.disputed': 'स्रोतहरू मिल्दैनन्',
  'frameworksExplorer.noUpcoming': 'हाम्रा स्रोतमा यी समूहका आउँदै गरेका बैठक लेखिएका छैनन्।',
  'frameworksExplorer.noCivilSociety': 'हाम्रा स्रोतमा यी समूहमा कामदारका संस्था वा गैरसरकारी संस्थाले भाग लिने कुनै बाटो लेखिएको छैन।',
  'frameworksExplorer.organisations': 'स्रोतमा उल्लेख भएका: {names}',
  'frameworksExplorer.place': 'कहाँ: {place}',
  'frameworksExplorer.host': 'आयोजक देश: {country}',
  'frameworksExplorer.partOf': 'यसको भाग: {process}',
  'frameworksExplorer.scope': 'सीमा: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'पारित: {date}',
  'frameworksExplorer.firstDated': 'मिति भएको पहिलो कदम: {date}',
  'frameworksExplorer.inForceFrom': 'लागू भएको मिति: {date}',
  'frameworksExplorer.body': 'पारित गर्ने: {body}',
  'frameworksExplorer.gcmObjective': 'लक्ष्य {number}: {title}',
  'frameworksExplorer.plainHttp': 'सुरक्षित नभएको ठेगाना (http) मा पनि उल्लेख छ, त्यसैले यो लिङ्क होइन:',

  'frameworksExplorer.handOff.fee-checker': 'तपाईंले तिरेको शुल्क जाँच गर्नुहोस्',
  'frameworksExplorer.handOff.wage-calculator': 'नपाएको तलबको हिसाब गर्नुहोस्',
  'frameworksExplorer.handOff.complaint-pathway': 'कहाँ उजुरी गर्ने पत्ता लगाउनुहोस्',
  'frameworksExplorer.handOff.social-protection': 'आफ्नो सामाजिक सुरक्षा जाँच गर्नुहोस्',
  'frameworksExplorer.handOff.case-form': 'के भयो लेखेर राख्नुहोस्',
} as const;
