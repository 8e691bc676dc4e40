/** Nepali wording of the frameworks module: where a country sits in regional and global processes. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'देश छान्नुहोस्।',
  'frameworks.error.date': 'मिति छान्नुहोस्।',
  'frameworks.error.topic': 'विषय छान्नुहोस्।',
  'frameworks.data.precision': 'वर्ष वा महिना मात्र दिइएको मिति त्यो अवधिको पहिलो वा अन्तिम दिनमा पर्नुपर्छ।',
  'frameworks.data.party': 'भूमिका देश वा संस्था कुनै एकको हुन्छ, दुवैको होइन।',

  'frameworks.role.member': 'सदस्य',
  'frameworks.role.observer': 'पर्यवेक्षक',
  'frameworks.role.chair': 'अध्यक्ष',
  'frameworks.role.co-chair': 'सह-अध्यक्ष',
  'frameworks.role.participant': 'सहभागी भयो',
  'frameworks.role.partner': 'साझेदार',
  'frameworks.role.focus-country': 'केन्द्रित देश',

  'frameworks.kind.rcp': 'क्षेत्रीय परामर्श प्रक्रिया',
  'frameworks.kind.regional-body': 'क्षेत्रीय निकाय',
  'frameworks.kind.regional-forum': 'क्षेत्रीय मञ्च',
  'frameworks.kind.global-forum': 'विश्वव्यापी मञ्च',
  'frameworks.kind.compact': 'विश्वव्यापी सम्झौता (Compact)',

  'frameworks.instrumentKind.convention': 'महासन्धि (अनुमोदन गर्ने देशलाई बाध्यकारी)',
  'frameworks.instrumentKind.protocol': 'प्रोटोकल (अनुमोदन गर्ने देशलाई बाध्यकारी)',
  'frameworks.instrumentKind.declaration': 'घोषणापत्र (राजनीतिक प्रतिबद्धता)',
  'frameworks.instrumentKind.consensus': 'सहमति (राजनीतिक प्रतिबद्धता)',
  'frameworks.instrumentKind.compact': 'Compact (राजनीतिक प्रतिबद्धता)',
  'frameworks.instrumentKind.guideline': 'निर्देशिका',

  'frameworks.topic.fees': 'भर्ना शुल्क र निष्पक्ष भर्ना',
  'frameworks.topic.wages': 'तलब र समान व्यवहार',
  'frameworks.topic.pathways': 'उजुरी र न्यायमा पहुँच',
  'frameworks.topic.protection': 'सामाजिक सुरक्षा र त्यसको निरन्तरता',
  'frameworks.topic.cases': 'दुर्व्यवहार र जबरजस्ती श्रमको अभिलेख',

  'frameworks.civilSociety.working-group': 'नागरिक समाजले यसका कार्यसमूहमा भाग लिएको छ।',
  'frameworks.civilSociety.observer': 'नागरिक समाज पर्यवेक्षकको रूपमा सहभागी हुन सक्छ।',
  'frameworks.civilSociety.forum': 'नागरिक समाजका संस्था यो मञ्चमा भाग लिन्छन्।',
  'frameworks.civilSociety.principle': 'यसका मार्गदर्शक सिद्धान्तले पूरै समाजको सहभागिता माग्छन्।',
  'frameworks.civilSociety.current': 'यो मितिमा खुला।',
  'frameworks.civilSociety.precedent': 'यो पहिले भएको थियो; यसले भित्र पस्ने बाटो देखाउँछ, स्थायी स्थान होइन।',

  'frameworks.eventKind.review-forum': 'समीक्षा मञ्च',
  'frameworks.eventKind.summit': 'शिखर सम्मेलन',
  'frameworks.eventKind.ministerial': 'मन्त्रीस्तरीय बैठक',
  'frameworks.eventKind.officials-meeting': 'अधिकारीहरूको बैठक',
  'frameworks.eventKind.working-group': 'कार्यसमूहको बैठक',
  'frameworks.eventKind.forum': 'मञ्च',
  'frameworks.eventKind.conference': 'सम्मेलन',

  'frameworks.timing.past': 'भइसकेको',
  'frameworks.timing.upcoming': 'आउँदै गरेको',
  'frameworks.timing.ongoing': 'अहिले भइरहेको',
  'frameworks.timing.uncertain': 'यो अवधिमा हुने; ठीक मिति थाहा छैन, त्यसैले भइसकेको पनि हुन सक्छ।',

  'frameworks.certainty.certain': 'यो मितिमा लागू।',
  'frameworks.certainty.period': 'हाम्रा स्रोतले वर्ष वा महिना मात्र दिन्छन्, त्यसैले यो ठीक यही मितिमा लागू भइसकेको नहुन सक्छ।',

  'frameworks.ratification.ratified': 'अनुमोदन गरेको',
  'frameworks.ratification.signed': 'हस्ताक्षर गरेको, अनुमोदन नगरेको',
  'frameworks.ratification.recalled-ratified': 'सम्भवतः अनुमोदन गरेको, तर स्रोत वा मिति भेटिएन। भर पर्नुअघि जाँच गर्नुहोस्।',
  'frameworks.ratification.ratified-later': 'यो मितिमा अनुमोदन भइसकेको थिएन; पछि अनुमोदन भयो।',
  'frameworks.ratification.not-recorded': 'हाम्रा स्रोतमा अनुमोदन लेखिएको छैन',

  'frameworks.finding.none-found': 'खोजमा यो देशले अनुमोदन गरेको भेटिएन।',
  'frameworks.finding.recalled-ratified': 'अनुमोदन गरेको भनी सम्झिइएको, स्रोत बिना।',

  'frameworks.conflict.membership': 'यो प्रक्रियामा यो देशको स्थानबारे स्रोतहरू मिल्दैनन्। दुवै कुरा देखाइएका छन्।',

  'frameworks.note.noRoleRecorded': 'यो मितिमा यी प्रक्रियामा यो देशको कुनै भूमिका हाम्रा स्रोतमा लेखिएको छैन।',
  'frameworks.note.notRecordedMeansUnknown': '“लेखिएको छैन” भनेको हाम्रा स्रोतले केही भन्दैनन् भन्ने हो। यसको अर्थ देशले अनुमोदन गरेको छैन भन्ने होइन। ILO को NORMLEX डाटाबेस जाँच गर्नुहोस्।',
  'frameworks.note.editorialTopics': 'यी प्रतिबद्धता खोज्न सजिलो होस् भनेर हामीले यिनलाई यो विषयसँग जोडेका हौं। यो कानुनी वर्गीकरण होइन।',

  'frameworks.period.since': '{from} देखि',
  'frameworks.period.reportedSince': '{from} देखि भनिएको (अझ पहिले सुरु भएको हुन सक्छ)',
  'frameworks.period.between': '{from} देखि {to} सम्म',
  'frameworks.period.reportedBetween': '{from} देखि {to} सम्म भनिएको (अझ पहिले सुरु भएको हुन सक्छ)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'अनुमोदन',
  'frameworks.act.signature': 'हस्ताक्षर',
} as const;
