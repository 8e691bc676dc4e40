/** Bengali wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'একজন কর্মীর কেস লিখে রাখুন',
  'caseForm.intro': 'একজন কর্মীর সাথে কী হয়েছে তা লিখে রাখুন, যাতে আপনার সংগঠন সাহায্য আর প্রচার করতে পারে। অংশগুলো যেকোনো ক্রমে পূরণ করুন।',
  'caseForm.privacy': 'আপনি যা লেখেন, তা এই ফোনেই থাকে। কিছুই পাঠানো হয় না। শুধু আপনি বোতাম চাপলেই একটি ফাইল তৈরি হয়।',
  'caseForm.dateHint': 'একটি বছর (2024), একটি মাস (2024-03) বা একটি দিন (2024-03-15)।',

  'caseForm.section.consent': 'সম্মতি',
  'caseForm.hint.consent': 'কর্মীকে বুঝিয়ে বলুন আপনি কী লিখবেন, কে তা দেখবে, এবং তিনি না বলতে পারেন। তাঁর সম্মতি ছাড়া কিছুই লিখবেন না।',

  'caseForm.field.consent.given': 'কর্মী রাজি হয়েছেন যে আমি তাঁর কেস লিখে রাখব',
  'caseForm.field.consent.scope': 'কর্মী কীসে রাজি হয়েছেন?',
  'caseForm.field.consent.givenOn': 'কর্মী যেদিন রাজি হয়েছেন',
  'caseForm.consentContinue': 'কেসে এগিয়ে যান',

  'caseForm.error.engineUnavailable': 'ফর্মের যে অংশ কেস যাচাই ও সংরক্ষণ করে তা লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন। আপনার লেখা কিছুই হারায়নি।',

  'caseForm.passphrase': 'পাসফ্রেজ',
  'caseForm.passphraseAgain': 'পাসফ্রেজটি আবার লিখুন',
  'caseForm.passphraseGuide': 'চার বা তার বেশি শব্দ ব্যবহার করুন, যেগুলো শুধু আপনিই একসাথে জুড়বেন। কোনো নাম বা জন্মদিন নয়। এটি এই ফোন থেকে দূরে নিরাপদ কোথাও রাখুন: হারিয়ে গেলে কেউই ফাইলটি খুলতে পারবে না, আমরাও না।',
  'caseForm.passphrase.tooShort': 'অন্তত 8টি অক্ষর ব্যবহার করুন। চার বা তার বেশি শব্দ হলে আরও ভালো।',
  'caseForm.passphrase.mismatch': 'দুটি পাসফ্রেজ এক নয়।',
  'caseForm.strength.weak': 'শক্তি: খুব দুর্বল।',
  'caseForm.strength.fair': 'শক্তি: মোটামুটি। আরও লম্বা পাসফ্রেজ বেশি নিরাপদ।',
  'caseForm.strength.strong': 'শক্তি: ভালো।',

  'caseForm.persist.title': 'খসড়া এই ফোনে রেখে দিন',
  'caseForm.persist.offHint': 'খসড়াগুলো পাসফ্রেজ দিয়ে তালা দিয়ে এই ফোনে রাখা যায়। পাসফ্রেজ ছাড়া কেউ এগুলো পড়তে পারবে না।',
  'caseForm.persist.start': 'তালা দিয়ে খসড়া রেখে দিন',
  'caseForm.persist.lockedHint': 'তালা দেওয়া খসড়া এই ফোনে রাখা আছে। খুলতে পাসফ্রেজ লিখুন।',
  'caseForm.persist.unlock': 'খসড়াগুলো খুলুন',
  'caseForm.persist.unlocking': 'খসড়াগুলো খোলা হচ্ছে…',
  'caseForm.persist.on': 'খসড়াগুলো আপনার পাসফ্রেজ দিয়ে তালা দিয়ে এই ফোনে রাখা হচ্ছে।',
  'caseForm.persist.keptAt': 'শেষবার রাখা হয়েছে {time}-এ।',
  'caseForm.persist.notKept': 'স্ক্রিনের কেসটির উত্তরে কোনো সমস্যা না থাকলে তবেই এটি রাখা হয়।',
  'caseForm.persist.delete': 'সবকিছু মুছে ফেলুন',
  'caseForm.persist.deleteConfirm': 'এতে এই ফোনে রাখা সব খসড়া আর স্ক্রিনের সবকিছু মুছে যাবে। এটি আর ফেরানো যাবে না।',
  'caseForm.persist.deleteYes': 'হ্যাঁ, সবকিছু মুছে ফেলুন',
  'caseForm.persist.cancel': 'বাতিল',
  'caseForm.persist.deleted': 'সবকিছু মুছে ফেলা হয়েছে।',
  'caseForm.persist.unavailable': 'এই ব্রাউজার খসড়া রাখতে পারে না। আপনার কাজ রেখে দিতে একটি ফাইল তৈরি করুন।',
  'caseForm.persist.failed': 'খসড়াগুলো রাখা যায়নি। আপনার কাজ রেখে দিতে একটি ফাইল তৈরি করুন।',
} as const;
