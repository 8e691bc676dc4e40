/** Bengali wording of the shared widget text: navigation, privacy, provenance. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'ui.translationDraft': 'এই অনুবাদটি এখনো খসড়া, বাংলাভাষী কেউ এখনো যাচাই করেননি। যে অংশ এখনো অনুবাদ হয়নি তা ইংরেজিতে দেখানো হয়েছে।',
  'ui.progress': 'অগ্রগতি',
  'ui.stepOf': 'ধাপ {current} (মোট {total})',
  'ui.fixErrors': {
    one: 'দয়া করে নিচের {count}টি উত্তর ঠিক করুন।',
    other: 'দয়া করে নিচের {count}টি উত্তর ঠিক করুন।',
  },
  'ui.back': 'পিছনে',
  'ui.next': 'পরবর্তী',
  'ui.choose': 'বেছে নিন…',
  'ui.privacy': 'আপনি যা লেখেন, তা এই ফোন বা কম্পিউটারেই থাকে। কিছুই পাঠানো বা সেভ করা হয় না।',
  'ui.howCalculated': 'আমরা কীভাবে হিসাব করেছি',
  'ui.print': 'প্রিন্ট করুন বা PDF হিসেবে সেভ করুন',
  'ui.copy': 'সারাংশ কপি করুন',
  'ui.copied': 'সারাংশ কপি হয়েছে। এতে কোনো নাম নেই।',
  'ui.startOver': 'আবার শুরু করুন (সব মুছে ফেলুন)',
  'provenance.official': 'সরকারি সূত্রের সাথে মিলিয়ে দেখা হয়েছে।',
  'provenance.secondary': 'খবর বা বিশেষজ্ঞের সূত্র থেকে নেওয়া। সরকারি আইনের লেখার সাথে এখনো মিলিয়ে দেখা হয়নি।',
  'provenance.unverified': 'যাচাই করা হয়নি: আমরা কোনো নির্ভরযোগ্য সূত্র পাইনি। এর ওপর ভরসা করার আগে একজন আইনজীবী বা সহায়তা সংস্থার সাথে কথা বলুন।',
  'provenance.note': 'সূত্র সম্পর্কে নোট:',
  'provenance.inForceSince': '{date} থেকে কার্যকর।',
  'provenance.source': 'সূত্র:',
  'provenance.noSource': 'এখনো কোনো সূত্র পাওয়া যায়নি।',
  'error.amount': 'শুধু সংখ্যা দিয়ে পরিমাণ লিখুন, যেমন 1500 বা 1500.50।',
  'error.hours': 'কত ঘণ্টা, তা সংখ্যায় লিখুন, যেমন 20 বা 7.5।',
  'error.month': 'মাস বেছে নিন।',
  'error.rate': 'বিনিময় হার (রেট) সংখ্যায় লিখুন, যেমন 36.5।',
} as const;
