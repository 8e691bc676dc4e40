/** Nepali wording of input problems. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'कृपया यो भर्नुहोस्।',
  'error.invalid': 'यो मिलेको जस्तो देखिँदैन। कृपया जाँच गर्नुहोस्।',
  'error.tooSmall': 'यो धेरै सानो भयो। कम्तीमा {minimum} हुनुपर्छ।',
  'error.tooBig': 'यो धेरै ठूलो भयो। बढीमा {maximum} हुनुपर्छ।',
  'error.format': 'यो अपेक्षित ढाँचामा छैन। कृपया जाँच गर्नुहोस्।',
  'error.choice': 'कृपया एउटा विकल्प छान्नुहोस्।',
  'error.date': 'सही मिति लेख्नुहोस्, जस्तै 2025-03-31।',
  'error.endBeforeStart': 'अन्तिम दिन पहिलो दिनभन्दा अगाडि छ। कृपया दुवै मिति जाँच गर्नुहोस्।',
  'error.negative': 'यो शून्यभन्दा कम हुन सक्दैन।',
  'error.currencyMismatch': 'तपाईं काम गर्ने देशको मुद्रा {expected} प्रयोग गर्नुहोस् ({got} होइन)।',
  'error.hoursImpossible': 'यो अवधिमा हुने घण्टाभन्दा बढी घण्टा भयो (बढीमा {maximum} घण्टा)।',
  'error.countryNotCovered': 'हामीले यो देश अहिलेसम्म समेटेका छैनौं।',
  'error.periodTooLong': 'अवधि धेरै लामो भयो। {years} वर्षभन्दा छोटो हुनुपर्छ।',
  'error.outsidePeriod': 'यो महिना तपाईंले दिएको अवधि ({from} देखि {to} सम्म) भित्र पर्दैन।',
} as const;
