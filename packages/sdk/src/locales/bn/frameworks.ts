/** Bengali wording of the frameworks module: where a country sits in regional and global processes. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'একটি দেশ বেছে নিন।',
  'frameworks.error.date': 'একটি তারিখ বেছে নিন।',
  'frameworks.error.topic': 'একটি বিষয় বেছে নিন।',
  'frameworks.data.precision': 'শুধু বছর বা মাস দিয়ে দেওয়া তারিখকে সেই সময়ের প্রথম বা শেষ দিনে পড়তে হবে।',
  'frameworks.data.party': 'একটি ভূমিকা হয় কোনো দেশের, নয়তো কোনো সংস্থার, দুটোর একসাথে নয়।',

  'frameworks.role.member': 'সদস্য',
  'frameworks.role.observer': 'পর্যবেক্ষক',
  'frameworks.role.chair': 'সভাপতি',
  'frameworks.role.co-chair': 'সহ-সভাপতি',
  'frameworks.role.participant': 'অংশ নিয়েছে',
  'frameworks.role.partner': 'অংশীদার',
  'frameworks.role.focus-country': 'মূল লক্ষ্য দেশ',

  'frameworks.kind.rcp': 'আঞ্চলিক পরামর্শ প্রক্রিয়া',
  'frameworks.kind.regional-body': 'আঞ্চলিক সংস্থা',
  'frameworks.kind.regional-forum': 'আঞ্চলিক ফোরাম',
  'frameworks.kind.global-forum': 'বৈশ্বিক ফোরাম',
  'frameworks.kind.compact': 'বৈশ্বিক চুক্তি (কমপ্যাক্ট)',

  'frameworks.instrumentKind.convention': 'কনভেনশন (যে দেশ অনুমোদন করে, তার জন্য বাধ্যতামূলক)',
  'frameworks.instrumentKind.protocol': 'প্রটোকল (যে দেশ অনুমোদন করে, তার জন্য বাধ্যতামূলক)',
  'frameworks.instrumentKind.declaration': 'ঘোষণা (একটি রাজনৈতিক অঙ্গীকার)',
  'frameworks.instrumentKind.consensus': 'ঐকমত্য (একটি রাজনৈতিক অঙ্গীকার)',
  'frameworks.instrumentKind.compact': 'কমপ্যাক্ট (একটি রাজনৈতিক অঙ্গীকার)',
  'frameworks.instrumentKind.guideline': 'নির্দেশিকা',

  'frameworks.topic.fees': 'রিক্রুটিং ফি ও ন্যায্য রিক্রুটিং',
  'frameworks.topic.wages': 'বেতন ও সমান আচরণ',
  'frameworks.topic.pathways': 'অভিযোগ ও ন্যায়বিচার পাওয়ার সুযোগ',
  'frameworks.topic.protection': 'সামাজিক সুরক্ষা ও তা সাথে নিয়ে যাওয়ার সুযোগ',
  'frameworks.topic.cases': 'নির্যাতন ও জোরপূর্বক শ্রমের তথ্য লিখে রাখা',

  'frameworks.civilSociety.working-group': 'নাগরিক সমাজ এর ওয়ার্কিং গ্রুপগুলোতে অংশ নিয়েছে।',
  'frameworks.civilSociety.observer': 'নাগরিক সমাজ পর্যবেক্ষক হিসেবে উপস্থিত থাকতে পারে।',
  'frameworks.civilSociety.forum': 'নাগরিক সমাজের সংগঠনগুলো এই ফোরামে অংশ নেয়।',
  'frameworks.civilSociety.principle': 'এর মূলনীতিতে সমাজের সবার অংশগ্রহণের কথা বলা আছে।',
  'frameworks.civilSociety.current': 'এই তারিখে খোলা।',
  'frameworks.civilSociety.precedent': 'এটি আগে একবার হয়েছে; এতে অংশ নেওয়ার একটি পথ দেখা যায়, তবে এটি স্থায়ী আসন নয়।',

  'frameworks.eventKind.review-forum': 'পর্যালোচনা ফোরাম',
  'frameworks.eventKind.summit': 'শীর্ষ সম্মেলন',
  'frameworks.eventKind.ministerial': 'মন্ত্রী পর্যায়ের বৈঠক',
  'frameworks.eventKind.officials-meeting': 'কর্মকর্তাদের বৈঠক',
  'frameworks.eventKind.working-group': 'ওয়ার্কিং গ্রুপের বৈঠক',
  'frameworks.eventKind.forum': 'ফোরাম',
  'frameworks.eventKind.conference': 'সম্মেলন',

  'frameworks.timing.past': 'আগেই হয়ে গেছে',
  'frameworks.timing.upcoming': 'সামনে হবে',
  'frameworks.timing.ongoing': 'এখন চলছে',
  'frameworks.timing.uncertain': 'এই সময়ের মধ্যে হওয়ার কথা; সঠিক তারিখ জানা নেই, তাই হয়তো আগেই হয়ে গেছে।',

  'frameworks.certainty.certain': 'এই তারিখে চালু ছিল।',
  'frameworks.certainty.period': 'আমাদের সূত্রে শুধু বছর বা মাস দেওয়া আছে, তাই ঠিক এই তারিখে এটি হয়তো তখনো চালু হয়নি।',

  'frameworks.ratification.ratified': 'অনুমোদন (র‍্যাটিফাই) করেছে',
  'frameworks.ratification.signed': 'সই করেছে, অনুমোদন করেনি',
  'frameworks.ratification.recalled-ratified': 'সম্ভবত অনুমোদন করেছে, কিন্তু আমরা কোনো সূত্র বা তারিখ পাইনি। ভরসা করার আগে যাচাই করুন।',
  'frameworks.ratification.ratified-later': 'এই তারিখে তখনো অনুমোদন করেনি; পরে অনুমোদন করেছে।',
  'frameworks.ratification.not-recorded': 'আমাদের সূত্রে কোনো অনুমোদনের তথ্য নেই',

  'frameworks.finding.none-found': 'গবেষণায় এই দেশের কোনো অনুমোদন পাওয়া যায়নি।',
  'frameworks.finding.recalled-ratified': 'অনুমোদন করেছে বলে মনে করা হয়, কিন্তু কোনো সূত্র নেই।',

  'frameworks.conflict.membership': 'এই প্রক্রিয়ায় এই দেশের অবস্থান নিয়ে বিভিন্ন সূত্রে ভিন্ন কথা আছে। দুটি মতই দেখানো হয়েছে।',

  'frameworks.note.noRoleRecorded': 'এই তারিখে এসব প্রক্রিয়ায় এই দেশের কোনো ভূমিকা আমাদের সূত্রে লেখা নেই।',
  'frameworks.note.notRecordedMeansUnknown': '“তথ্য নেই” মানে আমাদের সূত্রে কিছু বলা নেই। এর মানে এই নয় যে দেশটি অনুমোদন করেনি। ILO-র NORMLEX ডেটাবেস দেখুন।',
  'frameworks.note.editorialTopics': 'এই অঙ্গীকারগুলো খুঁজে পেতে সুবিধার জন্য আমরা এগুলোকে এই বিষয়ের সাথে যুক্ত করেছি। এটি কোনো আইনি শ্রেণিবিভাগ নয়।',

  'frameworks.period.since': '{from} থেকে',
  'frameworks.period.reportedSince': '{from} থেকে জানা যায় (আরও আগে শুরু হয়ে থাকতে পারে)',
  'frameworks.period.between': '{from} থেকে {to}',
  'frameworks.period.reportedBetween': '{from} থেকে {to} পর্যন্ত জানা যায় (আরও আগে শুরু হয়ে থাকতে পারে)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'অনুমোদন',
  'frameworks.act.signature': 'সই',
} as const;
