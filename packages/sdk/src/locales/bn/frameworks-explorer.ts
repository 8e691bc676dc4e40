/** Bengali wording of <mr-frameworks-explorer>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'প্রবাসী কর্মীদের অধিকার নিয়ে চুক্তি',
  'frameworksExplorer.intro': 'একটি দেশ কোন কোন দেশের জোটে আছে আর কোন চুক্তিতে সই করেছে, তা দেখুন। অথবা একটি বিষয় বেছে নিয়ে সে বিষয়ের চুক্তিগুলো দেখুন।',
  'frameworksExplorer.tabs': 'আপনি কীভাবে দেখতে চান?',
  'frameworksExplorer.tab.country': 'দেশ ধরে',
  'frameworksExplorer.tab.topic': 'বিষয় ধরে',

  'frameworksExplorer.field.country': 'দেশ',
  'frameworksExplorer.field.date': 'তারিখ',
  'frameworksExplorer.hint.date': 'এই দিনে যা চালু ছিল, আমরা তা দেখাই। শুরুতে আজকের তারিখ থাকে।',
  'frameworksExplorer.field.topic': 'বিষয়',

  'frameworksExplorer.empty.country': 'একটি দেশের অবস্থান দেখতে দেশটি বেছে নিন।',
  'frameworksExplorer.empty.topic': 'একটি বিষয়ের চুক্তিগুলো দেখতে বিষয়টি বেছে নিন।',
  'frameworksExplorer.status.country': '{date} তারিখে {country} দেখানো হচ্ছে।',
  'frameworksExplorer.status.topic': 'এই বিষয়ের চুক্তিগুলো দেখানো হচ্ছে: {topic}।',

  'frameworksExplorer.topic.fees': 'রিক্রুটিং ফি ও ন্যায্য রিক্রুটিং',
  'frameworksExplorer.topic.wages': 'বেতন ও সমান আচরণ',
  'frameworksExplorer.topic.pathways': 'অভিযোগ ও ন্যায়বিচার পাওয়ার সুযোগ',
  'frameworksExplorer.topic.protection': 'সামাজিক সুরক্ষা ও তা সাথে নিয়ে যাওয়ার সুযোগ',
  'frameworksExplorer.topic.cases': 'নির্যাতন ও জোরপূর্বক শ্রমের তথ্য লিখে রাখা',

  'frameworksExplorer.loading': 'চুক্তিগুলো লোড হচ্ছে…',
  'frameworksExplorer.unavailable': 'চুক্তিগুলো লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।',

  'frameworksExplorer.heading.country': '{date} তারিখে {country}',
  'frameworksExplorer.section.roles': 'যেসব দেশের জোটে এটি অংশ নেয়',
  'frameworksExplorer.section.conventions': 'প্রবাসী কাজ নিয়ে প্রধান আন্তর্জাতিক চুক্তিগুলো',
  'frameworksExplorer.section.otherRatified': 'অন্য যেসব চুক্তি এটি অনুমোদন করেছে',
  'frameworksExplorer.section.upcoming': 'সামনের বৈঠক ও পর্যালোচনা',
  'frameworksExplorer.section.civilSociety': 'যেখানে শ্রমিক সংগঠন ও এনজিও অংশ নিতে পারে',
  'frameworksExplorer.section.notes': 'দয়া করে খেয়াল করুন',
  'frameworksExplorer.section.instruments': 'এই বিষয়ে চুক্তি ও নির্দেশিকা',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: এই বিষয়ের লক্ষ্যগুলো',

  'frameworksExplorer.role': 'ভূমিকা: {role}',
  'frameworksExplorer.disputed': 'সূত্রগুলোতে ভিন্ন কথা আছে',
  'frameworksExplorer.noUpcoming': 'আমাদের সূত্রে এই জোটগুলোর সামনের কোনো বৈঠকের তথ্য নেই।',
  'frameworksExplorer.noCivilSociety': 'আমাদের সূত্রে এই জোটগুলোতে শ্রমিক সংগঠন বা এনজিওর অংশ নেওয়ার কোনো উপায়ের তথ্য নেই।',
  'frameworksExplorer.organisations': 'সূত্রে উল্লেখ করা নাম: {names}',
  'frameworksExplorer.place': 'কোথায়: {place}',
  'frameworksExplorer.host': 'আয়োজক দেশ: {country}',
  'frameworksExplorer.partOf': 'যার অংশ: {process}',
  'frameworksExplorer.scope': 'সীমাবদ্ধতা: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'গৃহীত হয়েছে: {date}',
  'frameworksExplorer.firstDated': 'তারিখসহ প্রথম ধাপ: {date}',
  'frameworksExplorer.inForceFrom': 'কার্যকর হয়েছে: {date}',
  'frameworksExplorer.body': 'যে গ্রহণ করেছে: {body}',
  'frameworksExplorer.gcmObjective': 'লক্ষ্য {number}: {title}',
  'frameworksExplorer.plainHttp': 'এমন একটি ঠিকানাতেও উল্লেখ আছে যা নিরাপদ নয় (http), তাই এটি লিংক হিসেবে দেওয়া হয়নি:',

  'frameworksExplorer.handOff.fee-checker': 'আপনার দেওয়া ফি যাচাই করুন',
  'frameworksExplorer.handOff.wage-calculator': 'না পাওয়া বেতনের হিসাব করুন',
  'frameworksExplorer.handOff.complaint-pathway': 'কোথায় অভিযোগ করবেন, জেনে নিন',
  'frameworksExplorer.handOff.social-protection': 'আপনার সামাজিক সুরক্ষা যাচাই করুন',
  'frameworksExplorer.handOff.case-form': 'কী হয়েছে, লিখে রাখুন',
} as const;
