/** Hindi wording of <mr-case-stats>: campaign numbers from a set of documented cases. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'caseStats.title': 'आपके केसों से अभियान के लिए आँकड़े',
  'caseStats.intro': 'आपके संगठन ने जो केस लिखे हैं, उन्हें लोड करें और देखें कि कितने कामगारों का वेतन गया, कितना, और उनके साथ और क्या हुआ।',
  'caseStats.privacy': 'फ़ाइलें इसी फ़ोन या कंप्यूटर पर पढ़ी जाती हैं। कुछ भी भेजा या सेव नहीं किया जाता।',

  'caseStats.file': 'केस फ़ाइलें (JSON, स्प्रेडशीट CSV या एन्क्रिप्ट की हुई)',
  'caseStats.fileHint': 'केस फ़ॉर्म से बनी एक या ज़्यादा फ़ाइलें चुनें। आप फ़ाइलें यहाँ खींचकर भी छोड़ सकते हैं।',
  'caseStats.reading': 'फ़ाइलें पढ़ी जा रही हैं…',
  'caseStats.locked': {
    one: '{count} फ़ाइल लॉक है: {files}। इसे खोलने के लिए इसका पासफ़्रेज़ लिखें।',
    other: '{count} फ़ाइलें लॉक हैं: {files}। इन्हें खोलने के लिए इनका पासफ़्रेज़ लिखें।',
  },
  'caseStats.passphrase': 'पासफ़्रेज़',
  'caseStats.unlock': 'खोलें',
  'caseStats.unlocking': 'फ़ाइलें खुल रही हैं। इसमें कुछ सेकंड लग सकते हैं…',
  'caseStats.loaded': {
    one: '{count} केस लोड हुआ।',
    other: '{count} केस लोड हुए।',
  },
  'caseStats.clear': 'इस पेज से केस हटाएँ',

  'caseStats.errorsTitle': {
    one: '{file} में {count} समस्या',
    other: '{file} में {count} समस्याएँ',
  },
  'caseStats.errorsHint': 'जिन पंक्तियों में समस्या है, उन्हें नहीं गिना गया। उन्हें फ़ाइल में ठीक करें और फिर से लोड करें।',
  'caseStats.col.row': 'पंक्ति',
  'caseStats.col.column': 'कॉलम',
  'caseStats.col.problem': 'समस्या',
  'caseStats.wholeFile': 'पूरी फ़ाइल',
  'caseStats.item': 'आइटम {item}',
  'caseStats.unreadable': 'यह फ़ाइल पढ़ी नहीं जा सकी। केस फ़ॉर्म से बनी JSON, CSV या एन्क्रिप्ट की हुई फ़ाइल चुनें।',
  'caseStats.readerUnavailable': 'ये फ़ाइलें खोली नहीं जा सकीं। अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा कोशिश करें।',
  'caseStats.alsoIn': 'केस {id} {file} में भी है। इसे एक ही बार गिना गया।',

  'caseStats.empty': 'अभी कोई केस नहीं। आँकड़े देखने के लिए फ़ाइल लोड करें।',
  'caseStats.source': {
    one: '{files} के {count} केस से। {date} को निकाला गया।',
    other: '{files} के {count} केसों से। {date} को निकाला गया।',
  },
  'caseStats.sourcePage': 'इस पेज के दिए केस',

  'caseStats.totals': 'आँकड़ों में',
  'caseStats.total.cases': 'केस',
  'caseStats.total.wageTheft': 'वेतन चोरी वाले केस',
  'caseStats.total.withIndicator': 'इनमें से, जबरन मज़दूरी के कम से कम एक संकेत वाले केस',
  'caseStats.total.undated': 'बिना तारीख वाले केस',
  'caseStats.percentOfWageTheft': 'वेतन चोरी वाले केसों का {percent}',
  'caseStats.forcedLabour': 'वेतन चोरी और जबरन मज़दूरी',

  'caseStats.wagesLost': 'गँवाया गया वेतन',
  'caseStats.wagesLostHint': 'वेतन चोरी के उल्लंघनों में लिखा पैसा। भर्ती फ़ीस और कर्ज़ वेतन नहीं हैं, इसलिए नहीं जोड़े गए।',
  'caseStats.noWagesLost': 'गँवाए गए वेतन की कोई रकम नहीं लिखी गई।',
  'caseStats.convertTo': 'कुल रकम इसमें भी दिखाएँ',
  'caseStats.convertNone': 'न बदलें',
  'caseStats.rate': '1 {from} = कितने {to}?',
  'caseStats.rateHint': 'आपको जो दर बताई गई, वही लिखें। यह पेज कभी खुद दरें नहीं ढूँढता।',
  'caseStats.converted': '{currency} में कुल: {amount}',
  'caseStats.ratesNote': 'आपकी लिखी दरों से बदला गया, अभी की बाज़ार दरों से नहीं।',

  'caseStats.chart.byDestination': 'काम के देश के हिसाब से केस',
  'caseStats.chart.byOrigin': 'अपने देश के हिसाब से केस',
  'caseStats.chart.bySector': 'काम के प्रकार के हिसाब से केस',
  'caseStats.chart.byViolation': 'क्या गलत हुआ, उसके हिसाब से केस',
  'caseStats.chart.byStatus': 'स्थिति के हिसाब से केस',
  'caseStats.chart.byMonth': 'समस्याएँ शुरू होने के महीने के हिसाब से केस',
  'caseStats.yearOnly': {
    one: '{count} केस में सिर्फ़ साल लिखा है, इसलिए वह इस चार्ट में नहीं है।',
    other: '{count} केसों में सिर्फ़ साल लिखा है, इसलिए वे इस चार्ट में नहीं हैं।',
  },
  'caseStats.noData': 'दिखाने के लिए कुछ नहीं।',
  'caseStats.showTable': 'आँकड़े तालिका के रूप में दिखाएँ',
  'caseStats.col.what': 'क्या',
  'caseStats.col.cases': 'केस',
  'caseStats.col.month': 'महीना',
  'caseStats.unknown': 'लिखा नहीं गया',
  'caseStats.notes': 'आँकड़ों के बारे में नोट',
} as const;
