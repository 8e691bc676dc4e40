/**
 * Hindi wording of the <mr-fee-checker> result: totals, months of wages, verdicts, legal limits and
 * the actions on a result. It comes with the rules, after the first screen (fee-checker.ts holds the
 * questions). Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  'feeChecker.step.screen': 'आपके काम के बारे में सवाल (आप इसे छोड़ सकते हैं)',
  'feeChecker.total.paid': 'आपने दिया',
  'feeChecker.total.shouldNot': 'आपको नहीं देना चाहिए था ("खर्च मालिक देगा" सिद्धांत)',
  'feeChecker.total.inOther': '{currency} में: {amount}',
  'feeChecker.total.none': 'कुछ नहीं',
  'feeChecker.months.heading': 'ये खर्च कितने महीनों के वेतन के बराबर हैं',
  'feeChecker.months.text': {
    one: 'ये खर्च आपके {months} महीने के वेतन के बराबर हैं।',
    other: 'ये खर्च आपके {months} महीनों के वेतन के बराबर हैं।',
  },
  'feeChecker.months.bar': {
    one: 'बार: {months} महीने का वेतन, {scale} महीनों के पैमाने पर।',
    other: 'बार: {months} महीनों का वेतन, {scale} महीनों के पैमाने पर।',
  },
  'feeChecker.months.scale': '{scale} महीने',
  'feeChecker.ilo.heading': 'क्या आपको यह देना चाहिए था?',
  'feeChecker.ilo.answer.false': 'नहीं',
  'feeChecker.ilo.answer.true': 'हाँ',
  'feeChecker.ilo.answer.unknown': 'हम नहीं कह सकते',
  'feeChecker.kind': 'खर्च का प्रकार: {kind}',
  'feeChecker.law.heading': 'कानून क्या कहता है',
  'feeChecker.law.of': '{country} का कानून',
  'feeChecker.cap.by': 'सीमा से {amount} ज़्यादा',
  'feeChecker.cap.byBoth': 'सीमा से {amount} ज़्यादा ({other})',
  'feeChecker.cap.byAtLeast': 'सीमा से कम से कम {amount} ज़्यादा',
  'feeChecker.cap.limit': 'कानूनी सीमा: {amount}',
  'feeChecker.cap.limitZero': 'कानूनी सीमा: कुछ नहीं (शून्य)',
  'feeChecker.cap.answer': 'इस सवाल का जवाब दें',
  'feeChecker.cap.notCounted': 'वे नियम जो इस भुगतान को नहीं गिनते',
  'feeChecker.rules.heading': 'आप पर लागू होने वाली कानूनी सीमाएँ',
  'feeChecker.rules.none': 'हमारी जानकारी में इन देशों के लिए कोई कानूनी सीमा नहीं मिली।',
  'feeChecker.rule.covered': 'इस नियम के तहत गिना गया: {amount}',
  'feeChecker.rule.excess': 'सीमा से कुल ज़्यादा: {amount}',
  'feeChecker.rule.excessAtLeast': 'सीमा से कुल ज़्यादा: कम से कम {amount}',
  'feeChecker.warnings.heading': 'कृपया ध्यान दें',
  'feeChecker.assumptions': 'हमने क्या माना',
  'feeChecker.datesDiffer': 'आपके भुगतान अलग-अलग दिनों में हुए। हमने पहले दिन, {date} को लागू नियम लिए।',
  'feeChecker.verification.secondary': 'यहाँ इस्तेमाल किए गए कुछ नियम खबरों या विशेषज्ञ स्रोतों से हैं, जिन्हें अभी आधिकारिक कानून के पाठ से जाँचा नहीं गया।',
  'feeChecker.verification.unverified': 'यहाँ इस्तेमाल की गई कुछ बातों की पुष्टि नहीं हुई है। इन पर भरोसा करने से पहले किसी सहायता संगठन या वकील से पूछें।',
  'feeChecker.complain': 'इस फ़ीस के बारे में शिकायत करें',
  'feeChecker.screen.offer': 'काम पर आपके साथ कैसा व्यवहार होता है, इस बारे में कुछ सवालों के जवाब दें',
  'feeChecker.screen.offerHint': 'आप इसे छोड़ सकते हैं। ज़्यादा फ़ीस और कर्ज़ कामगारों को फँसा सकते हैं; ये सवाल उसके संकेत खोजते हैं।',
  'feeChecker.screen.back': 'मेरी फ़ीस के नतीजे पर वापस जाएँ',
  'feeChecker.edit': 'मेरे जवाब बदलें',
  'feeChecker.summary.title': 'भर्ती फ़ीस की जाँच',
  'feeChecker.summary.corridor': '{origin} से {destination}',
  'feeChecker.summary.note': 'इस सारांश में कोई नाम नहीं है। इसे अपनी रसीदों या मैसेज के साथ किसी सहायता संगठन, यूनियन या लेबर ऑफ़िस ले जाएँ।',
} as const;
