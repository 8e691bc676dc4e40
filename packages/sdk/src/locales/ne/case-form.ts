/** Nepali wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'कामदारको केस लेख्नुहोस्',
  'caseForm.intro': 'कामदारलाई के भयो लेख्नुहोस्, ताकि तपाईंको समूहले सहयोग र अभियान गर्न सकोस्। भागहरू जुनसुकै क्रममा भर्नुहोस्।',
  'caseForm.privacy': 'तपाईंले लेखेको कुरा यही फोनमा रहन्छ। केही पनि पठाइँदैन। फाइल बनाउने बटन थिच्दा मात्र फाइल बन्छ।',
  'caseForm.dateHint': 'वर्ष (2024), महिना (2024-03) वा दिन (2024-03-15)।',

  'caseForm.section.consent': 'सहमति',
  'caseForm.hint.consent': 'कामदारलाई तपाईं के लेख्दै हुनुहुन्छ, कसले हेर्छ, र उहाँ नाइँ भन्न सक्नुहुन्छ भनी बुझाउनुहोस्। उहाँको सहमति बिना केही नलेख्नुहोस्।',

  'caseForm.field.consent.given': 'मैले उहाँको केस लेख्न कामदार सहमत हुनुभयो',
  'caseForm.field.consent.scope': 'कामदार केमा सहमत हुनुभयो?',
  'caseForm.field.consent.givenOn': 'कामदार सहमत भएको मिति',
  'caseForm.consentContinue': 'केसमा अगाडि बढ्नुहोस्',

  'caseForm.error.engineUnavailable': 'केस जाँच्ने र सुरक्षित गर्ने फारमको भाग लोड गर्न सकिएन। आफ्नो इन्टरनेट जडान जाँच गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्। तपाईंले लेखेको केही पनि हराएको छैन।',

  'caseForm.passphrase': 'पासफ्रेज',
  'caseForm.passphraseAgain': 'पासफ्रेज फेरि टाइप गर्नुहोस्',
  'caseForm.passphraseGuide': 'तपाईंले मात्र जोड्ने चार वा बढी शब्द प्रयोग गर्नुहोस्। नाम वा जन्मदिन नराख्नुहोस्। यसलाई यो फोनभन्दा टाढा, सुरक्षित ठाउँमा राख्नुहोस्: हरायो भने कसैले पनि फाइल खोल्न सक्दैन, हामीले पनि।',
  'caseForm.passphrase.tooShort': 'कम्तीमा 8 अक्षर प्रयोग गर्नुहोस्। चार वा बढी शब्द राम्रो हुन्छ।',
  'caseForm.passphrase.mismatch': 'दुईवटा पासफ्रेज उस्तै छैनन्।',
  'caseForm.strength.weak': 'बलियोपन: धेरै कमजोर।',
  'caseForm.strength.fair': 'बलियोपन: ठीकै। लामो पासफ्रेज बढी सुरक्षित हुन्छ।',
  'caseForm.strength.strong': 'बलियोपन: राम्रो।',

  'caseForm.persist.title': 'मस्यौदा यही फोनमा राख्नुहोस्',
  'caseForm.persist.offHint': 'मस्यौदा पासफ्रेजले बन्द गरेर यही फोनमा राख्न सकिन्छ। पासफ्रेज बिना कसैले पढ्न सक्दैन।',
  'caseForm.persist.start': 'मस्यौदा बन्द गरेर राख्नुहोस्',
  'caseForm.persist.lockedHint': 'बन्द गरिएका मस्यौदा यही फोनमा राखिएका छन्। खोल्न पासफ्रेज लेख्नुहोस्।',
  'caseForm.persist.unlock': 'मस्यौदा खोल्नुहोस्',
  'caseForm.persist.unlocking': 'मस्यौदा खुल्दैछ…',
  'caseForm.persist.on': 'मस्यौदा तपाईंको पासफ्रेजले बन्द गरेर यही फोनमा राखिएका छन्।',
  'caseForm.persist.keptAt': 'अन्तिम पटक {time} मा राखियो।',
  'caseForm.persist.notKept': 'स्क्रिनको केसका उत्तरमा कुनै समस्या नभएपछि मात्र राखिन्छ।',
  'caseForm.persist.delete': 'सबै मेटाउनुहोस्',
  'caseForm.persist.deleteConfirm': 'यसले यो फोनमा राखिएका सबै मस्यौदा र स्क्रिनका सबै कुरा मेटाउँछ। यो फिर्ता गर्न सकिँदैन।',
  'caseForm.persist.deleteYes': 'हो, सबै मेटाउनुहोस्',
  'caseForm.persist.cancel': 'रद्द गर्नुहोस्',
  'caseForm.persist.deleted': 'सबै मेटाइयो।',
  'caseForm.persist.unavailable': 'यो ब्राउजरले मस्यौदा राख्न सक्दैन। आफ्नो काम राख्न फाइल बनाउनुहोस्।',
  'caseForm.persist.failed': 'मस्यौदा राख्न सकिएन। आफ्नो काम राख्न फाइल बनाउनुहोस्।',
} as const;
