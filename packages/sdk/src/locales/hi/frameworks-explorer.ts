/** Hindi wording of <mr-frameworks-explorer>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'प्रवासी कामगारों के अधिकारों पर समझौते',
  'frameworksExplorer.intro': 'देखें कि कोई देश देशों के किन समूहों में है और उसने किन समझौतों पर हस्ताक्षर किए हैं। या कोई विषय चुनकर उससे जुड़े समझौते देखें।',
  'frameworksExplorer.tabs': 'आप कैसे देखना चाहते हैं?',
  'frameworksExplorer.tab.country': 'देश के हिसाब से',
  'frameworksExplorer.tab.topic': 'विषय के हिसाब से',

  'frameworksExplorer.field.country': 'देश',
  'frameworksExplorer.field.date': 'तारीख',
  'frameworksExplorer.hint.date': 'इस दिन जो लागू था, हम वह दिखाते हैं। शुरू में आज की तारीख होती है।',
  'frameworksExplorer.field.topic': 'विषय',

  'frameworksExplorer.empty.country': 'किसी देश की स्थिति देखने के लिए देश चुनें।',
  'frameworksExplorer.empty.topic': 'किसी विषय से जुड़े समझौते देखने के लिए विषय चुनें।',
  'frameworksExplorer.status.country': '{date} को {country} की स्थिति दिखाई जा रही है।',
  'frameworksExplorer.status.topic': 'इस विषय से जुड़े समझौते दिखाए जा रहे हैं: {topic}।',

  'frameworksExplorer.topic.fees': 'भर्ती फ़ीस और निष्पक्ष भर्ती',
  'frameworksExplorer.topic.wages': 'वेतन और बराबरी का व्यवहार',
  'frameworksExplorer.topic.pathways': 'शिकायतें और न्याय तक पहुँच',
  'frameworksExplorer.topic.protection': 'सामाजिक सुरक्षा और उसे साथ ले जाने की सुविधा',
  'frameworksExplorer.topic.cases': 'दुर्व्यवहार और जबरन मज़दूरी का रिकॉर्ड रखना',

  'frameworksExplorer.loading': 'समझौते लोड हो रहे हैं…',
  'frameworksExplorer.unavailable': 'समझौते लोड नहीं हो सके। अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा कोशिश करें।',

  'frameworksExplorer.heading.country': '{date} को {country}',
  'frameworksExplorer.section.roles': 'देशों के समूह जिनमें यह हिस्सा लेता है',
  'frameworksExplorer.section.conventions': 'प्रवासी काम पर मुख्य अंतरराष्ट्रीय संधियाँ',
  'frameworksExplorer.section.otherRatified': 'दूसरी संधियाँ जिनका इसने अनुमोदन किया है',
  'frameworksExplorer.section.upcoming': 'आने वाली बैठकें और समीक्षाएँ',
  'frameworksExplorer.section.civilSociety': 'जहाँ मज़दूर संगठन और एनजीओ हिस्सा ले सकते हैं',
  'frameworksExplorer.section.notes': 'कृपया ध्यान दें',
  'frameworksExplorer.section.instruments': 'इस विषय पर समझौते और दिशानिर्देश',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: इस विषय के लक्ष्य',

  'frameworksExplorer.role': 'भूमिका: {role}',
  'frameworksExplorer.disputed': 'स्रोत एक-दूसरे से सहमत नहीं',
  'frameworksExplorer.noUpcoming': 'हमारे स्रोतों में इन समूहों की कोई आने वाली बैठक दर्ज नहीं है।',
  'frameworksExplorer.noCivilSociety': 'हमारे स्रोतों में इन समूहों में मज़दूर संगठनों या एनजीओ के हिस्सा लेने का कोई तरीका दर्ज नहीं है।',
  'frameworksExplorer.organisations': 'स्रोतों में बताए गए नाम: {names}',
  'frameworksExplorer.place': 'कहाँ: {place}',
  'frameworksExplorer.host': 'मेज़बान देश: {country}',
  'frameworksExplorer.partOf': 'इसका हिस्सा: {process}',
  'frameworksExplorer.scope': 'सीमाएँ: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'अपनाया गया: {date}',
  'frameworksExplorer.firstDated': 'तारीख वाला पहला कदम: {date}',
  'frameworksExplorer.inForceFrom': 'लागू होने की तारीख: {date}',
  'frameworksExplorer.body': 'अपनाने वाली संस्था: {body}',
  'frameworksExplorer.gcmObjective': 'लक्ष्य {number}: {title}',
  'frameworksExplorer.plainHttp': 'ऐसे पते पर भी बताया गया है जो सुरक्षित नहीं है (http), इसलिए यह लिंक नहीं है:',

  'frameworksExplorer.handOff.fee-checker': 'आपने जो फ़ीस दी, उसे जाँचें',
  'frameworksExplorer.handOff.wage-calculator': 'बकाया वेतन का हिसाब लगाएँ',
  'frameworksExplorer.handOff.complaint-pathway': 'जानें कि शिकायत कहाँ करें',
  'frameworksExplorer.handOff.social-protection': 'अपनी सामाजिक सुरक्षा जाँचें',
  'frameworksExplorer.handOff.case-form': 'जो हुआ, उसे लिखकर रखें',
} as const;
