/** Hindi wording of <mr-forced-labour-screen>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'forcedLabour.title': 'काम पर आपके साथ कैसा व्यवहार होता है, इस बारे में सवाल',
  'forcedLabour.intro.heading': 'शुरू करने से पहले',
  'forcedLabour.intro': 'ये सवाल जबरन मज़दूरी के संकेत खोजते हैं। कुछ सवाल मुश्किल बातों के बारे में हैं। सिर्फ़ उतना ही जवाब दें जितना आप चाहें: आप कोई भी सवाल छोड़ सकते हैं और कभी भी रुक सकते हैं।',
  'forcedLabour.privacy': 'आपके जवाब इसी फ़ोन या कंप्यूटर पर रहते हैं। कुछ भी भेजा या सेव नहीं किया जाता।',
  'forcedLabour.start': 'सवाल शुरू करें',
  'forcedLabour.part': '{total} में से भाग {current}',
  'forcedLabour.skipHint': 'आप किसी सवाल का जवाब दिए बिना भी छोड़ सकते हैं।',
  'forcedLabour.showResult': 'देखें कि मेरे जवाब क्या दिखाते हैं',
  'forcedLabour.result.heading': 'आपके जवाब क्या दिखाते हैं',
  'forcedLabour.answered': {
    one: 'आपने {total} में से {count} सवाल का जवाब दिया।',
    other: 'आपने {total} में से {count} सवालों के जवाब दिए।',
  },
  'forcedLabour.present.heading': 'मिले संकेत',
  'forcedLabour.possible.heading': 'संभावित संकेत',
  'forcedLabour.other.heading': 'दूसरे संकेत जिनके बारे में हमने पूछा',
  'forcedLabour.yourAnswer': '{question} आपका जवाब: {answer}',
  'forcedLabour.fromFees': 'आपकी फ़ीस जाँच से:',
  'forcedLabour.caveat.heading': 'कृपया पढ़ें',
  'forcedLabour.next.heading': 'आगे आप क्या कर सकते हैं',
  'forcedLabour.sources.heading': 'ये संकेत कहाँ से लिए गए हैं',
  'forcedLabour.clear': 'मेरे जवाब मिटाएँ',
  'forcedLabour.cleared': 'आपके जवाब मिटा दिए गए हैं।',
  'forcedLabour.leave': 'जल्दी से निकलें (जवाब मिट जाएँगे)',
  'forcedLabour.change': 'मेरे जवाब बदलें',
  'forcedLabour.startOver': 'फिर से शुरू करें',
} as const;
