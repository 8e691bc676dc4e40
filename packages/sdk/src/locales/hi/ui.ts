/** Hindi wording of the shared widget text: navigation, privacy, provenance. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'ui.translationDraft': 'यह अनुवाद अभी मसौदा है, किसी हिंदी मातृभाषी ने अभी इसकी जाँच नहीं की है। जो हिस्से अभी अनुवादित नहीं हैं, वे अंग्रेज़ी में दिखाए गए हैं।',
  'ui.progress': 'प्रगति',
  'ui.stepOf': '{total} में से चरण {current}',
  'ui.fixErrors': {
    one: 'कृपया नीचे {count} जवाब ठीक करें।',
    other: 'कृपया नीचे {count} जवाब ठीक करें।',
  },
  'ui.back': 'पीछे',
  'ui.next': 'आगे',
  'ui.choose': 'चुनें…',
  'ui.privacy': 'आप जो लिखते हैं, वह इसी फ़ोन या कंप्यूटर पर रहता है। कुछ भी भेजा या सेव नहीं किया जाता।',
  'ui.howCalculated': 'हमने यह हिसाब कैसे लगाया',
  'ui.print': 'प्रिंट करें या PDF के रूप में सेव करें',
  'ui.copy': 'सारांश कॉपी करें',
  'ui.copied': 'सारांश कॉपी हो गया। इसमें किसी का नाम नहीं है।',
  'ui.startOver': 'फिर से शुरू करें (सब मिटा दें)',
  'provenance.official': 'आधिकारिक स्रोत से जाँचा गया।',
  'provenance.secondary': 'खबरों या विशेषज्ञ स्रोतों से लिया गया। आधिकारिक कानून के पाठ से अभी जाँचा नहीं गया।',
  'provenance.unverified': 'पुष्टि नहीं हुई: हमें कोई भरोसेमंद स्रोत नहीं मिला। इस पर भरोसा करने से पहले किसी वकील या सहायता संगठन से पूछें।',
  'provenance.note': 'स्रोतों के बारे में नोट:',
  'provenance.inForceSince': '{date} से लागू।',
  'provenance.source': 'स्रोत:',
  'provenance.noSource': 'अभी तक कोई स्रोत नहीं मिला।',
  'error.amount': 'रकम सिर्फ़ अंकों में लिखें, जैसे 1500 या 1500.50।',
  'error.hours': 'घंटों की संख्या लिखें, जैसे 20 या 7.5।',
  'error.month': 'महीना चुनें।',
  'error.rate': 'विनिमय दर (रेट) अंकों में लिखें, जैसे 36.5।',
} as const;
