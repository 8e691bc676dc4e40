/**
 * Bengali wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'এজেন্সি বা দালালের সার্ভিস ফি',
  'fees.purpose.visa': 'ভিসা',
  'fees.purpose.work-permit': 'কাজের অনুমতি (ওয়ার্ক পারমিট) বা থাকার অনুমতি',
  'fees.purpose.passport': 'পাসপোর্ট',
  'fees.purpose.documents': 'অন্য কাগজপত্র (পুলিশ ক্লিয়ারেন্স, চুক্তির সিল, অনুবাদ)',
  'fees.purpose.government-registration': 'সরকারি নিবন্ধন বা বিদেশ যাওয়ার ছাড়পত্র',
  'fees.purpose.welfare-fund': 'কল্যাণ তহবিল',
  'fees.purpose.medical-exam': 'মেডিকেল পরীক্ষা',
  'fees.purpose.insurance': 'বিমা',
  'fees.purpose.skills-test': 'দক্ষতা বা ভাষার পরীক্ষা',
  'fees.purpose.training': 'প্রশিক্ষণ বা ওরিয়েন্টেশন',
  'fees.purpose.equipment': 'যন্ত্রপাতি, ইউনিফর্ম বা সরঞ্জাম',
  'fees.purpose.air-ticket': 'বিমানের টিকিট',
  'fees.purpose.local-travel': 'নিজের দেশে যাতায়াত (ইন্টারভিউ, প্রশিক্ষণ, বিমানবন্দরে যাওয়া)',
  'fees.purpose.accommodation': 'অপেক্ষার সময় থাকার জায়গা বা খাবার',
  'fees.purpose.deposit': 'জামানত',
  'fees.purpose.bond': 'বন্ড বা গ্যারান্টি',
  'fees.purpose.loan-repayment': 'ঋণ শোধ',
  'fees.purpose.unofficial-payment': 'রসিদ বা সেবা ছাড়া বাড়তি টাকা',
  'fees.purpose.other': 'অন্য কিছু',

  // Who was paid
  'fees.payee.recruitment-agency': 'রিক্রুটিং এজেন্সি',
  'fees.payee.sub-agent': 'সাব-এজেন্ট বা দালাল',
  'fees.payee.employer': 'মালিক',
  'fees.payee.government': 'সরকারি অফিস',
  'fees.payee.training-centre': 'প্রশিক্ষণ কেন্দ্র',
  'fees.payee.medical-centre': 'মেডিকেল সেন্টার',
  'fees.payee.other': 'অন্য কেউ',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'গৃহকর্মী (ঘরের কাজ)',
  'fees.occupation.baby-carer': 'শিশুর দেখাশোনাকারী',
  'fees.occupation.elderly-carer': 'বয়স্ক মানুষের দেখাশোনাকারী',
  'fees.occupation.cook': 'রাঁধুনি',
  'fees.occupation.family-driver': 'পরিবারের ড্রাইভার',
  'fees.occupation.gardener': 'মালী',
  'fees.occupation.child-carer': 'বাচ্চাদের দেখাশোনাকারী',
  'fees.occupation.cleaner': 'পরিচ্ছন্নতাকর্মী (ক্লিনার)',
  'fees.occupation.farm-plantation-worker': 'খামার বা বাগানের কর্মী',
  'fees.occupation.fishing-crew': 'মাছ ধরার নৌকার কর্মী',
  'fees.occupation.construction': 'নির্মাণ শ্রমিক',
  'fees.occupation.manufacturing': 'কারখানার শ্রমিক',
  'fees.occupation.hospitality': 'হোটেল, রেস্টুরেন্ট বা দোকানের কর্মী',
  'fees.occupation.other': 'অন্য কাজ',

  // Kinds of workplace
  'fees.workerCategory.general': 'কোম্পানি, দোকান, নির্মাণ সাইট, খামার বা অন্য কর্মস্থল',
  'fees.workerCategory.domestic': 'বাসাবাড়িতে (গৃহকর্মী, সেবাকর্মী, পরিবারের ড্রাইভার)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'নারী',
  'fees.workerSex.male': 'পুরুষ',
} as const;
