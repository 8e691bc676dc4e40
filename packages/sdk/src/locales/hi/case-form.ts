/** Hindi wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'किसी कामगार का केस लिखें',
  'caseForm.intro': 'किसी कामगार के साथ जो हुआ, उसे लिखें, ताकि आपका संगठन मदद और अभियान कर सके। हिस्से किसी भी क्रम में भरें।',
  'caseForm.privacy': 'आप जो लिखते हैं, वह इसी फ़ोन पर रहता है। कुछ भी भेजा नहीं जाता। फ़ाइल तभी बनती है जब आप उसे बनाने का बटन दबाते हैं।',
  'caseForm.dateHint': 'एक साल (2024), एक महीना (2024-03) या एक दिन (2024-03-15)।',

  'caseForm.section.consent': 'सहमति',
  'caseForm.hint.consent': 'कामगार को समझाएँ कि आप क्या लिखेंगे, उसे कौन देखेगा, और वे मना कर सकते हैं। उनकी सहमति के बिना कुछ न लिखें।',

  'caseForm.field.consent.given': 'कामगार इस पर राज़ी हैं कि मैं उनका केस लिखूँ',
  'caseForm.field.consent.scope': 'कामगार किस बात पर राज़ी हुए?',
  'caseForm.field.consent.givenOn': 'कामगार के राज़ी होने की तारीख',
  'caseForm.consentContinue': 'केस पर आगे बढ़ें',

  'caseForm.error.engineUnavailable': 'फ़ॉर्म का वह हिस्सा लोड नहीं हो सका जो केस जाँचता और सहेजता है। अपना इंटरनेट कनेक्शन जाँचें, फिर दोबारा कोशिश करें। आपका लिखा कुछ भी नहीं खोया है।',

  'caseForm.passphrase': 'पासफ़्रेज़',
  'caseForm.passphraseAgain': 'पासफ़्रेज़ फिर से लिखें',
  'caseForm.passphraseGuide': 'चार या ज़्यादा ऐसे शब्द इस्तेमाल करें जिन्हें सिर्फ़ आप ही एक साथ जोड़ेंगे। कोई नाम या जन्मदिन नहीं। इसे इस फ़ोन से दूर किसी सुरक्षित जगह रखें: अगर यह खो गया, तो कोई भी फ़ाइल नहीं खोल पाएगा, हम भी नहीं।',
  'caseForm.passphrase.tooShort': 'कम से कम 8 अक्षर इस्तेमाल करें। चार या ज़्यादा शब्द और बेहतर हैं।',
  'caseForm.passphrase.mismatch': 'दोनों पासफ़्रेज़ एक जैसे नहीं हैं।',
  'caseForm.strength.weak': 'मज़बूती: बहुत कमज़ोर।',
  'caseForm.strength.fair': 'मज़बूती: ठीक-ठाक। लंबा पासफ़्रेज़ ज़्यादा सुरक्षित है।',
  'caseForm.strength.strong': 'मज़बूती: अच्छी।',

  'caseForm.persist.title': 'ड्राफ़्ट इस फ़ोन पर रखें',
  'caseForm.persist.offHint': 'ड्राफ़्ट इस फ़ोन पर पासफ़्रेज़ से लॉक करके रखे जा सकते हैं। पासफ़्रेज़ के बिना कोई उन्हें नहीं पढ़ सकता।',
  'caseForm.persist.start': 'ड्राफ़्ट लॉक करके रखें',
  'caseForm.persist.lockedHint': 'लॉक किए गए ड्राफ़्ट इस फ़ोन पर रखे हैं। उन्हें खोलने के लिए पासफ़्रेज़ लिखें।',
  'caseForm.persist.unlock': 'ड्राफ़्ट खोलें',
  'caseForm.persist.unlocking': 'ड्राफ़्ट खुल रहे हैं…',
  'caseForm.persist.on': 'ड्राफ़्ट इस फ़ोन पर आपके पासफ़्रेज़ से लॉक करके रखे जा रहे हैं।',
  'caseForm.persist.keptAt': 'आखिरी बार {time} पर रखा गया।',
  'caseForm.persist.notKept': 'स्क्रीन वाला केस तभी रखा जाता है जब उसके जवाबों में कोई समस्या न हो।',
  'caseForm.persist.delete': 'सब कुछ मिटाएँ',
  'caseForm.persist.deleteConfirm': 'इससे इस फ़ोन पर रखे सभी ड्राफ़्ट और स्क्रीन पर दिख रहा सब कुछ मिट जाएगा। इसे वापस नहीं लाया जा सकता।',
  'caseForm.persist.deleteYes': 'हाँ, सब कुछ मिटाएँ',
  'caseForm.persist.cancel': 'रद्द करें',
  'caseForm.persist.deleted': 'सब कुछ मिटा दिया गया।',
  'caseForm.persist.unavailable': 'यह ब्राउज़र ड्राफ़्ट नहीं रख सकता। अपना काम रखने के लिए फ़ाइल बनाएँ।',
  'caseForm.persist.failed': 'ड्राफ़्ट नहीं रखे जा सके। अपना काम रखने के लिए फ़ाइल बनाएँ।',
} as const;
