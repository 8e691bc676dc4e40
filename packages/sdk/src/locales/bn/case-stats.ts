/** Bengali wording of <mr-case-stats>: campaign numbers from a set of documented cases. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'caseStats.title': 'আপনার কেসগুলো থেকে প্রচারের জন্য সংখ্যা',
  'caseStats.intro': 'আপনার সংগঠন যে কেসগুলো লিখে রেখেছে, সেগুলো লোড করুন: কতজন কর্মী বেতন হারিয়েছেন, কত টাকা, আর তাঁদের সাথে আর কী কী হয়েছে, তা দেখুন।',
  'caseStats.privacy': 'ফাইলগুলো এই ফোন বা কম্পিউটারেই পড়া হয়। কিছুই পাঠানো বা সেভ করা হয় না।',

  'caseStats.file': 'কেস ফাইল (JSON, স্প্রেডশিট CSV বা এনক্রিপ্ট করা)',
  'caseStats.fileHint': 'কেস ফর্ম দিয়ে তৈরি এক বা একাধিক ফাইল বেছে নিন। ফাইলগুলো এখানে টেনে এনেও ছাড়তে পারেন।',
  'caseStats.reading': 'ফাইলগুলো পড়া হচ্ছে…',
  'caseStats.locked': {
    one: '{count}টি ফাইলে তালা দেওয়া: {files}। খুলতে এর পাসফ্রেজ লিখুন।',
    other: '{count}টি ফাইলে তালা দেওয়া: {files}। খুলতে এগুলোর পাসফ্রেজ লিখুন।',
  },
  'caseStats.passphrase': 'পাসফ্রেজ',
  'caseStats.unlock': 'খুলুন',
  'caseStats.unlocking': 'ফাইলগুলো খোলা হচ্ছে। কয়েক সেকেন্ড লাগতে পারে…',
  'caseStats.loaded': {
    one: '{count}টি কেস লোড হয়েছে।',
    other: '{count}টি কেস লোড হয়েছে।',
  },
  'caseStats.clear': 'এই পেজ থেকে কেসগুলো সরিয়ে দিন',

  'caseStats.errorsTitle': {
    one: '{file}-এ {count}টি সমস্যা',
    other: '{file}-এ {count}টি সমস্যা',
  },
  'caseStats.errorsHint': 'যেসব সারিতে সমস্যা আছে, সেগুলো গোনা হয়নি। ফাইলে সেগুলো ঠিক করে আবার লোড করুন।',
  'caseStats.col.row': 'সারি',
  'caseStats.col.column': 'কলাম',
  'caseStats.col.problem': 'সমস্যা',
  'caseStats.wholeFile': 'পুরো ফাইল',
  'caseStats.item': 'আইটেম {item}',
  'caseStats.unreadable': 'এই ফাইলটি পড়া যায়নি। কেস ফর্ম দিয়ে তৈরি একটি JSON, CSV বা এনক্রিপ্ট করা ফাইল বেছে নিন।',
  'caseStats.readerUnavailable': 'এই ফাইলগুলো খোলা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',
  'caseStats.alsoIn': 'কেস {id} {file}-এও আছে। এটি একবারই গোনা হয়েছে।',

  'caseStats.empty': 'এখনো কোনো কেস নেই। সংখ্যা দেখতে একটি ফাইল লোড করুন।',
  'caseStats.source': {
    one: '{files} থেকে {count}টি কেস। হিসাব করা হয়েছে {date} তারিখে।',
    other: '{files} থেকে {count}টি কেস। হিসাব করা হয়েছে {date} তারিখে।',
  },
  'caseStats.sourcePage': 'এই পেজের দেওয়া কেস',

  'caseStats.totals': 'সংখ্যায়',
  'caseStats.total.cases': 'কেস',
  'caseStats.total.wageTheft': 'বেতন চুরির কেস',
  'caseStats.total.withIndicator': 'এর মধ্যে জোরপূর্বক শ্রমের অন্তত একটি লক্ষণ আছে এমন কেস',
  'caseStats.total.undated': 'তারিখ ছাড়া কেস',
  'caseStats.percentOfWageTheft': 'বেতন চুরির কেসের {percent}',
  'caseStats.forcedLabour': 'বেতন চুরি ও জোরপূর্বক শ্রম',

  'caseStats.wagesLost': 'হারানো বেতন',
  'caseStats.wagesLostHint': 'বেতন চুরির লঙ্ঘনে লেখা টাকা। রিক্রুটিং ফি আর ঋণ বেতন নয়, তাই যোগ করা হয়নি।',
  'caseStats.noWagesLost': 'হারানো বেতনের কোনো পরিমাণ লেখা হয়নি।',
  'caseStats.convertTo': 'মোট পরিমাণ এই মুদ্রাতেও দেখান',
  'caseStats.convertNone': 'রূপান্তর করবেন না',
  'caseStats.rate': '1 {from} = কত {to}?',
  'caseStats.rateHint': 'আপনাকে যে রেট দেওয়া হয়েছে, সেটি লিখুন। এই পেজ নিজে কখনো রেট খোঁজে না।',
  'caseStats.converted': '{currency}-তে মোট: {amount}',
  'caseStats.ratesNote': 'আপনার লেখা রেটে রূপান্তর করা হয়েছে, বাজারের এখনকার রেটে নয়।',

  'caseStats.chart.byDestination': 'কাজের দেশ অনুযায়ী কেস',
  'caseStats.chart.byOrigin': 'নিজের দেশ অনুযায়ী কেস',
  'caseStats.chart.bySector': 'কাজের ধরন অনুযায়ী কেস',
  'caseStats.chart.byViolation': 'কী ভুল হয়েছে অনুযায়ী কেস',
  'caseStats.chart.byStatus': 'অবস্থা অনুযায়ী কেস',
  'caseStats.chart.byMonth': 'সমস্যা শুরুর মাস অনুযায়ী কেস',
  'caseStats.yearOnly': {
    one: '{count}টি কেসে শুধু বছর দেওয়া আছে, তাই এই চার্টে নেই।',
    other: '{count}টি কেসে শুধু বছর দেওয়া আছে, তাই এই চার্টে নেই।',
  },
  'caseStats.noData': 'দেখানোর মতো কিছু নেই।',
  'caseStats.showTable': 'সংখ্যাগুলো টেবিল হিসেবে দেখান',
  'caseStats.col.what': 'কী',
  'caseStats.col.cases': 'কেস',
  'caseStats.col.month': 'মাস',
  'caseStats.unknown': 'লেখা হয়নি',
  'caseStats.notes': 'সংখ্যা নিয়ে নোট',
} as const;
