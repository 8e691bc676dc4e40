/** Hindi wording of the input problems shared by every module. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'कृपया इसे भरें।',
  'error.invalid': 'यह सही नहीं लग रहा। कृपया इसे जाँच लें।',
  'error.tooSmall': 'यह बहुत कम है। यह कम से कम {minimum} होना चाहिए।',
  'error.tooBig': 'यह बहुत ज़्यादा है। यह ज़्यादा से ज़्यादा {maximum} हो सकता है।',
  'error.format': 'यह सही रूप में नहीं लिखा है। कृपया इसे जाँच लें।',
  'error.choice': 'कृपया कोई एक विकल्प चुनें।',
  'error.date': 'सही तारीख लिखें, जैसे 2025-03-31।',
  'error.endBeforeStart': 'आखिरी दिन पहले दिन से पहले है। कृपया दोनों तारीखें जाँच लें।',
  'error.negative': 'यह शून्य से कम नहीं हो सकता।',
  'error.currencyMismatch': '{expected} इस्तेमाल करें, यानी उस देश की मुद्रा जहाँ आप काम करते हैं ({got} नहीं)।',
  'error.hoursImpossible': 'ये घंटे इस समय में मौजूद कुल घंटों से भी ज़्यादा हैं (ज़्यादा से ज़्यादा {maximum} घंटे)।',
  'error.countryNotCovered': 'यह देश अभी हमारे पास शामिल नहीं है।',
  'error.periodTooLong': 'यह समय बहुत लंबा है। यह {years} साल से कम होना चाहिए।',
  'error.outsidePeriod': 'यह महीना आपके बताए समय ({from} से {to}) से बाहर है।',
} as const;
