/** Bengali wording of the input problems shared by every module. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'দয়া করে এটি পূরণ করুন।',
  'error.invalid': 'এটি ঠিক মনে হচ্ছে না। দয়া করে আবার দেখুন।',
  'error.tooSmall': 'এটি খুব কম। কমপক্ষে {minimum} হতে হবে।',
  'error.tooBig': 'এটি খুব বেশি। সর্বোচ্চ {maximum} হতে পারে।',
  'error.format': 'এটি ঠিক ধরনে লেখা হয়নি। দয়া করে আবার দেখুন।',
  'error.choice': 'দয়া করে একটি উত্তর বেছে নিন।',
  'error.date': 'একটি সঠিক তারিখ লিখুন, যেমন 2025-03-31।',
  'error.endBeforeStart': 'শেষ দিনটি প্রথম দিনের আগে পড়েছে। দয়া করে দুটি তারিখই আবার দেখুন।',
  'error.negative': 'এটি শূন্যের কম হতে পারে না।',
  'error.currencyMismatch': '{expected} ব্যবহার করুন, যে দেশে কাজ করেন সেই দেশের টাকা ({got} নয়)।',
  'error.hoursImpossible': 'এই সময়ে যত ঘণ্টা আছে, এটি তার চেয়েও বেশি ঘণ্টা (সর্বোচ্চ {maximum} ঘণ্টা)।',
  'error.countryNotCovered': 'এই দেশের তথ্য আমাদের কাছে এখনো নেই।',
  'error.periodTooLong': 'সময়টি খুব লম্বা। এটি {years} বছরের কম হতে হবে।',
  'error.outsidePeriod': 'এই মাসটি আপনার দেওয়া সময়ের ({from} থেকে {to}) বাইরে।',
} as const;
