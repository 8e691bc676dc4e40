/** Hindi wording of the frameworks module: where a country sits in regional and global processes. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'कोई देश चुनें।',
  'frameworks.error.date': 'कोई तारीख चुनें।',
  'frameworks.error.topic': 'कोई विषय चुनें।',
  'frameworks.data.precision': 'सिर्फ़ साल या महीने के रूप में दी गई तारीख उस समय के पहले या आखिरी दिन पर होनी चाहिए।',
  'frameworks.data.party': 'कोई भूमिका या तो किसी देश की होती है या किसी संगठन की, दोनों की नहीं।',

  'frameworks.role.member': 'सदस्य',
  'frameworks.role.observer': 'पर्यवेक्षक',
  'frameworks.role.chair': 'अध्यक्ष',
  'frameworks.role.co-chair': 'सह-अध्यक्ष',
  'frameworks.role.participant': 'हिस्सा लिया',
  'frameworks.role.partner': 'साझेदार',
  'frameworks.role.focus-country': 'मुख्य ध्यान वाला देश',

  'frameworks.kind.rcp': 'क्षेत्रीय परामर्श प्रक्रिया',
  'frameworks.kind.regional-body': 'क्षेत्रीय संस्था',
  'frameworks.kind.regional-forum': 'क्षेत्रीय मंच',
  'frameworks.kind.global-forum': 'वैश्विक मंच',
  'frameworks.kind.compact': 'वैश्विक समझौता (कॉम्पैक्ट)',

  'frameworks.instrumentKind.convention': 'कन्वेंशन (अनुमोदन करने वाले देशों पर बाध्यकारी)',
  'frameworks.instrumentKind.protocol': 'प्रोटोकॉल (अनुमोदन करने वाले देशों पर बाध्यकारी)',
  'frameworks.instrumentKind.declaration': 'घोषणा (एक राजनीतिक वादा)',
  'frameworks.instrumentKind.consensus': 'आम सहमति (एक राजनीतिक वादा)',
  'frameworks.instrumentKind.compact': 'कॉम्पैक्ट (एक राजनीतिक वादा)',
  'frameworks.instrumentKind.guideline': 'दिशानिर्देश',

  'frameworks.topic.fees': 'भर्ती फ़ीस और निष्पक्ष भर्ती',
  'frameworks.topic.wages': 'वेतन और बराबरी का व्यवहार',
  'frameworks.topic.pathways': 'शिकायतें और न्याय तक पहुँच',
  'frameworks.topic.protection': 'सामाजिक सुरक्षा और उसे साथ ले जाने की सुविधा',
  'frameworks.topic.cases': 'दुर्व्यवहार और जबरन मज़दूरी का रिकॉर्ड रखना',

  'frameworks.civilSociety.working-group': 'नागरिक समाज ने इसके कार्य समूहों (वर्किंग ग्रुप) में हिस्सा लिया है।',
  'frameworks.civilSociety.observer': 'नागरिक समाज पर्यवेक्षक के रूप में शामिल हो सकता है।',
  'frameworks.civilSociety.forum': 'नागरिक समाज के संगठन इस मंच में हिस्सा लेते हैं।',
  'frameworks.civilSociety.principle': 'इसके मार्गदर्शक सिद्धांत पूरे समाज की भागीदारी की बात करते हैं।',
  'frameworks.civilSociety.current': 'इस तारीख को खुला।',
  'frameworks.civilSociety.precedent': 'ऐसा पहले हुआ है; इससे शामिल होने का एक रास्ता दिखता है, पर यह पक्की सीट नहीं है।',

  'frameworks.eventKind.review-forum': 'समीक्षा मंच',
  'frameworks.eventKind.summit': 'शिखर सम्मेलन',
  'frameworks.eventKind.ministerial': 'मंत्रियों की बैठक',
  'frameworks.eventKind.officials-meeting': 'अधिकारियों की बैठक',
  'frameworks.eventKind.working-group': 'कार्य समूह की बैठक',
  'frameworks.eventKind.forum': 'मंच (फ़ोरम)',
  'frameworks.eventKind.conference': 'सम्मेलन',

  'frameworks.timing.past': 'हो चुका है',
  'frameworks.timing.upcoming': 'आने वाला है',
  'frameworks.timing.ongoing': 'अभी चल रहा है',
  'frameworks.timing.uncertain': 'इसी समय में होना है; सही तारीखें पता नहीं, इसलिए हो सकता है यह हो चुका हो।',

  'frameworks.certainty.certain': 'इस तारीख को लागू।',
  'frameworks.certainty.period': 'हमारे स्रोत सिर्फ़ साल या महीना बताते हैं, इसलिए हो सकता है कि ठीक इस तारीख को यह अभी लागू न हुआ हो।',

  'frameworks.ratification.ratified': 'अनुमोदन (रैटिफ़ाई) किया',
  'frameworks.ratification.signed': 'हस्ताक्षर किए, अनुमोदन नहीं किया',
  'frameworks.ratification.recalled-ratified': 'शायद अनुमोदन किया है, पर हमें कोई स्रोत या तारीख नहीं मिली। भरोसा करने से पहले जाँच लें।',
  'frameworks.ratification.ratified-later': 'इस तारीख तक अनुमोदन नहीं किया था; बाद में किया।',
  'frameworks.ratification.not-recorded': 'हमारे स्रोतों में कोई अनुमोदन दर्ज नहीं',

  'frameworks.finding.none-found': 'शोध में इस देश का कोई अनुमोदन नहीं मिला।',
  'frameworks.finding.recalled-ratified': 'अनुमोदन किया हुआ माना जाता है, पर कोई स्रोत नहीं।',

  'frameworks.conflict.membership': 'इस प्रक्रिया में इस देश की जगह को लेकर स्रोत एक-दूसरे से सहमत नहीं हैं। दोनों बातें दिखाई गई हैं।',

  'frameworks.note.noRoleRecorded': 'हमारे स्रोतों में इस तारीख को इन प्रक्रियाओं में इस देश की कोई भूमिका दर्ज नहीं है।',
  'frameworks.note.notRecordedMeansUnknown': '“दर्ज नहीं” का मतलब है कि हमारे स्रोत इस बारे में कुछ नहीं कहते। इसका मतलब यह नहीं कि देश ने अनुमोदन नहीं किया। ILO का NORMLEX डेटाबेस देखें।',
  'frameworks.note.editorialTopics': 'इन वादों को आसानी से ढूँढने के लिए हमने इन्हें इस विषय से जोड़ा है। यह कोई कानूनी वर्गीकरण नहीं है।',

  'frameworks.period.since': '{from} से',
  'frameworks.period.reportedSince': '{from} से दर्ज (इससे पहले शुरू हुआ हो सकता है)',
  'frameworks.period.between': '{from} से {to} तक',
  'frameworks.period.reportedBetween': '{from} से {to} तक दर्ज (इससे पहले शुरू हुआ हो सकता है)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'अनुमोदन',
  'frameworks.act.signature': 'हस्ताक्षर',
} as const;
