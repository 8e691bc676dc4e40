/**
 * Bengali wording of the <mr-fee-checker> result: totals, months of wages, verdicts, legal limits and
 * the actions on a result. It comes with the rules, after the first screen (fee-checker.ts holds the
 * questions). Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  'feeChecker.step.screen': 'আপনার কাজ নিয়ে কিছু প্রশ্ন (চাইলে বাদ দিতে পারেন)',
  'feeChecker.total.paid': 'আপনি দিয়েছেন',
  'feeChecker.total.shouldNot': 'আপনার দেওয়ার কথা ছিল না (মালিকই খরচ দেবে, এই নীতি অনুযায়ী)',
  'feeChecker.total.inOther': '{currency}-তে: {amount}',
  'feeChecker.total.none': 'কিছুই না',
  'feeChecker.months.heading': 'এই খরচ কত মাসের বেতনের সমান',
  'feeChecker.months.text': {
    one: 'এই খরচ আপনার {months} মাসের বেতনের সমান।',
    other: 'এই খরচ আপনার {months} মাসের বেতনের সমান।',
  },
  'feeChecker.months.bar': {
    one: 'বার: {months} মাসের বেতন, {scale} মাসের মাপকাঠিতে।',
    other: 'বার: {months} মাসের বেতন, {scale} মাসের মাপকাঠিতে।',
  },
  'feeChecker.months.scale': '{scale} মাস',
  'feeChecker.ilo.heading': 'এই টাকা কি আপনার দেওয়ার কথা ছিল?',
  'feeChecker.ilo.answer.false': 'না',
  'feeChecker.ilo.answer.true': 'হ্যাঁ',
  'feeChecker.ilo.answer.unknown': 'আমরা বলতে পারছি না',
  'feeChecker.kind': 'খরচের ধরন: {kind}',
  'feeChecker.law.heading': 'আইন কী বলে',
  'feeChecker.law.of': '{country}-এর আইন',
  'feeChecker.cap.by': 'সীমার চেয়ে {amount} বেশি',
  'feeChecker.cap.byBoth': 'সীমার চেয়ে {amount} বেশি ({other})',
  'feeChecker.cap.byAtLeast': 'সীমার চেয়ে অন্তত {amount} বেশি',
  'feeChecker.cap.limit': 'আইনের সীমা: {amount}',
  'feeChecker.cap.limitZero': 'আইনের সীমা: কিছুই না (শূন্য)',
  'feeChecker.cap.answer': 'এই প্রশ্নের উত্তর দিন',
  'feeChecker.cap.notCounted': 'যেসব নিয়মে এই খরচ গোনা হয় না',
  'feeChecker.rules.heading': 'আপনার জন্য প্রযোজ্য আইনের সীমা',
  'feeChecker.rules.none': 'আমাদের তথ্যে এই দেশগুলোর জন্য আইনের কোনো সীমা পাওয়া যায়নি।',
  'feeChecker.rule.covered': 'এই নিয়মে গোনা হয়েছে: {amount}',
  'feeChecker.rule.excess': 'সীমার চেয়ে মোট বেশি: {amount}',
  'feeChecker.rule.excessAtLeast': 'সীমার চেয়ে মোট বেশি: অন্তত {amount}',
  'feeChecker.warnings.heading': 'দয়া করে খেয়াল করুন',
  'feeChecker.assumptions': 'আমরা যা ধরে নিয়েছি',
  'feeChecker.datesDiffer': 'আপনার খরচগুলো বিভিন্ন দিনে দেওয়া। আমরা প্রথম দিন, {date} তারিখে চালু নিয়ম ধরেছি।',
  'feeChecker.verification.secondary': 'এখানে ব্যবহার করা কিছু নিয়ম খবর বা বিশেষজ্ঞের সূত্র থেকে নেওয়া, সরকারি আইনের লেখার সাথে এখনো মিলিয়ে দেখা হয়নি।',
  'feeChecker.verification.unverified': 'এখানে ব্যবহার করা কিছু তথ্য যাচাই করা হয়নি। এর ওপর ভরসা করার আগে কোনো সহায়তা সংস্থা বা আইনজীবীর সাথে কথা বলুন।',
  'feeChecker.complain': 'এই ফি নিয়ে অভিযোগ করুন',
  'feeChecker.screen.offer': 'কাজের জায়গায় আপনার সাথে কেমন আচরণ করা হয়, তা নিয়ে কয়েকটি প্রশ্নের উত্তর দিন',
  'feeChecker.screen.offerHint': 'চাইলে এটি বাদ দিতে পারেন। বেশি ফি আর ঋণে কর্মীরা আটকে যেতে পারেন; এই প্রশ্নগুলো তার লক্ষণ খোঁজে।',
  'feeChecker.screen.back': 'আমার ফি-র ফলাফলে ফিরে যান',
  'feeChecker.edit': 'আমার উত্তর বদলান',
  'feeChecker.summary.title': 'রিক্রুটিং ফি যাচাই',
  'feeChecker.summary.corridor': '{origin} থেকে {destination}',
  'feeChecker.summary.note': 'এই সারাংশে কোনো নাম নেই। রসিদ বা মেসেজ থাকলে সেগুলোসহ এটি কোনো সহায়তা সংস্থা, ইউনিয়ন বা শ্রম অফিসে নিয়ে যান।',
} as const;
