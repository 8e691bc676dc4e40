/** Bengali wording of <mr-social-protection>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'অসুস্থ হলে, আঘাত পেলে বা চাকরি হারালে কি আপনার সুরক্ষা আছে?',
  'socialProtection.intro':
    'যেখানে কাজ করেন সেখানে আর আপনার নিজের দেশ থেকে কী কী সুরক্ষা পান, তা 9টি ক্ষেত্রে দেখুন: চিকিৎসা, অসুস্থতার সময় বেতন, চাকরি হারানো, বার্ধক্য, কাজের সময় আঘাত, পরিবার, মাতৃত্ব, প্রতিবন্ধিতা আর মৃত্যুর পর সহায়তা। “সুরক্ষা নেই” মানে আপনাকে রক্ষা করে এমন কিছু আমরা পাইনি।',

  'socialProtection.field.destination': 'যে দেশে আপনি কাজ করেন',
  'socialProtection.field.origin': 'আপনার নিজের দেশ',
  'socialProtection.hint.origin': 'চাইলে খালি রাখতে পারেন। বেছে নিলে আপনার নিজের দেশ যে সহায়তা দেয়, তা-ও আমরা দেখাব।',
  'socialProtection.option.noOrigin': 'বেছে নেওয়া হয়নি',
  'socialProtection.field.compare': 'অন্য একটি দেশের সাথে তুলনা করুন',
  'socialProtection.hint.compare': 'চাইলে খালি রাখতে পারেন। দুটি দেশ পাশাপাশি দেখতে দ্বিতীয় একটি দেশ বেছে নিন।',
  'socialProtection.option.noCompare': 'কোনো তুলনা নয়',
  'socialProtection.field.category': 'আপনার কাজের ধরন',

  'socialProtection.empty': 'আপনার সুরক্ষা দেখতে যে দেশে কাজ করেন, সেটি বেছে নিন।',
  'socialProtection.loading': 'আপনার ভাষা লোড হচ্ছে…',
  'socialProtection.problems': 'আমরা এখনো সুরক্ষা দেখাতে পারছি না:',

  'socialProtection.category.general': 'কোম্পানি, দোকান, নির্মাণ সাইট, খামার বা অন্য কর্মস্থল',
  'socialProtection.category.domestic': 'গৃহকর্মী (বাসাবাড়িতে)',
  'socialProtection.categoryShort.general': 'কর্মী',
  'socialProtection.categoryShort.domestic': 'গৃহকর্মী',
  'socialProtection.heading.withOrigin': '{destination}-এ কাজ করা {origin}-এর একজন {category}, {date} তারিখে',
  'socialProtection.heading.destinationOnly': '{destination}-এ কাজ করা একজন {category}, {date} তারিখে',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    one: '{origin} থেকে আসা যে {category} {destination}-এ কাজ করেন, সামাজিক সুরক্ষার {total}টি ক্ষেত্রের মধ্যে {count}টিতে তাঁর জানা কোনো সুরক্ষা নেই: {branches}।',
    other: '{origin} থেকে আসা যে {category} {destination}-এ কাজ করেন, সামাজিক সুরক্ষার {total}টি ক্ষেত্রের মধ্যে {count}টিতে তাঁর জানা কোনো সুরক্ষা নেই: {branches}।',
  },
  'socialProtection.gaps.destinationOnly': {
    one: '{destination}-এ কাজ করা একজন {category}-এর সামাজিক সুরক্ষার {total}টি ক্ষেত্রের মধ্যে {count}টিতে জানা কোনো সুরক্ষা নেই: {branches}।',
    other: '{destination}-এ কাজ করা একজন {category}-এর সামাজিক সুরক্ষার {total}টি ক্ষেত্রের মধ্যে {count}টিতে জানা কোনো সুরক্ষা নেই: {branches}।',
  },
  'socialProtection.gaps.none': 'সামাজিক সুরক্ষার {total}টি ক্ষেত্রের প্রতিটিতেই আমরা কিছু না কিছু সুরক্ষা পেয়েছি। নিচের শর্তগুলো দেখুন: সুরক্ষা আংশিক হতে পারে।',
  'socialProtection.gaps.excluded': {
    one: 'এর মধ্যে {count}টি ক্ষেত্রে আইন এই কর্মীকে বাদ দিয়েছে।',
    other: 'এর মধ্যে {count}টি ক্ষেত্রে আইন এই কর্মীকে বাদ দিয়েছে।',
  },
  'socialProtection.gaps.heading': 'যেখানে জানা কোনো সুরক্ষা নেই',
  'socialProtection.gaps.onDate': '{date} তারিখের অবস্থা।',

  'socialProtection.verification.secondary': 'এর কিছু অংশ খবর বা বিশেষজ্ঞের সূত্র থেকে নেওয়া, আইন থেকে সরাসরি নয়।',
  'socialProtection.verification.unverified': 'এর কিছু অংশ যাচাই করা হয়নি। এর ওপর ভরসা করার আগে কোনো সহায়তা সংস্থা বা আইনজীবীর সাথে কথা বলুন।',

  // The matrix and the list
  'socialProtection.section.matrix': 'ক্ষেত্র অনুযায়ী',
  'socialProtection.matrix.caption': 'সামাজিক সুরক্ষার 9টি ক্ষেত্রের প্রতিটিতে আপনার কী সুরক্ষা আছে',
  'socialProtection.column.branch': 'সুরক্ষার ক্ষেত্র',
  'socialProtection.column.destination': 'যেখানে কাজ করেন: {country}',
  'socialProtection.column.origin': 'আপনার নিজের দেশ থেকে: {country}',
  'socialProtection.column.best': 'আপনার সবচেয়ে ভালো সুরক্ষা',
  'socialProtection.best': 'আপনার সবচেয়ে ভালো সুরক্ষা: {level}',
  'socialProtection.noCover': 'জানা কোনো সুরক্ষা নেই',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(ইংরেজিতে)',
  'socialProtection.until': '{date} পর্যন্ত।',
  'socialProtection.schemeNote': 'এই স্কিম সম্পর্কে নোট:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'প্রবাসী কর্মীদের জন্য অন্য সহায়তা',
  'socialProtection.extras.hint': 'এমন সহায়তা যা 9টি ক্ষেত্রের মধ্যে পড়ে না, যেমন না পাওয়া বেতন বা মরদেহ দেশে আনা।',
  'socialProtection.extras.none': 'আমরা অন্য কোনো সহায়তা পাইনি।',
  'socialProtection.section.agreements': 'দেশগুলোর মধ্যে চুক্তি: অন্য দেশে গেলেও আপনার সুরক্ষা বজায় রাখা',
  'socialProtection.agreements.none': 'এই দেশগুলোর জন্য প্রযোজ্য কোনো চুক্তি আমরা পাইনি।',
  'socialProtection.parties': 'যে দেশগুলো এর পক্ষ: {countries}।',
  'socialProtection.partiesSource': 'কোন দেশগুলো পক্ষ:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} আর {b} পাশাপাশি',
  'socialProtection.compare.caption': 'প্রতিটি ক্ষেত্রে সবচেয়ে ভালো সুরক্ষা, {a}-এ আর {b}-এ',
  'socialProtection.compare.column': '{country}-এ',
  'socialProtection.compare.column.difference': 'একই না আলাদা?',
  'socialProtection.compare.differs': 'আলাদা',
  'socialProtection.compare.same': 'একই',
  'socialProtection.compare.summary': {
    one: '{total}টি ক্ষেত্রের মধ্যে {count}টি {a} আর {b}-এ আলাদা।',
    other: '{total}টি ক্ষেত্রের মধ্যে {count}টি {a} আর {b}-এ আলাদা।',
  },
  'socialProtection.compare.allSame': '{total}টি ক্ষেত্রেই {a} আর {b}-এ সুরক্ষা একই।',
  'socialProtection.compare.withOrigin': 'সবচেয়ে ভালো সুরক্ষার হিসাবে আপনার নিজের দেশের ({origin}) সহায়তাও ধরা হয়েছে।',
  'socialProtection.compare.gaps': {
    one: '{country}-এ: {count}টি ক্ষেত্রে জানা কোনো সুরক্ষা নেই।',
    other: '{country}-এ: {count}টি ক্ষেত্রে জানা কোনো সুরক্ষা নেই।',
  },
  'socialProtection.compare.extras': '{country}-এ অন্য সহায়তা',
  'socialProtection.compare.same.origin': 'আপনার নিজের দেশের সহায়তা নিচের টেবিলে দেখানো হয়েছে।',

  // Copy and print
  'socialProtection.summary.sources': 'সূত্র:',
  'socialProtection.summary.noKnownCover': 'জানা কোনো সুরক্ষা নেই',
  'socialProtection.summary.where': 'যেখানে কাজ করেন',
  'socialProtection.summary.home': 'নিজের দেশ থেকে',
  'socialProtection.summary.best': 'সবচেয়ে ভালো',
} as const;
