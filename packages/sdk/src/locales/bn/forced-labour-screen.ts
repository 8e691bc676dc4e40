/** Bengali wording of <mr-forced-labour-screen>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'forcedLabour.title': 'কাজের জায়গায় আপনার সাথে কেমন আচরণ করা হয়, তা নিয়ে কিছু প্রশ্ন',
  'forcedLabour.intro.heading': 'শুরু করার আগে',
  'forcedLabour.intro': 'এই প্রশ্নগুলো জোরপূর্বক শ্রমের লক্ষণ খোঁজে। কিছু প্রশ্ন কষ্টের বিষয় নিয়ে। যতটুকু চান, শুধু ততটুকুই উত্তর দিন: যেকোনো প্রশ্ন বাদ দিতে পারেন, যেকোনো সময় থামতে পারেন।',
  'forcedLabour.privacy': 'আপনার উত্তর এই ফোন বা কম্পিউটারেই থাকে। কিছুই পাঠানো বা সেভ করা হয় না।',
  'forcedLabour.start': 'প্রশ্ন শুরু করুন',
  'forcedLabour.part': 'অংশ {current} (মোট {total})',
  'forcedLabour.skipHint': 'কোনো প্রশ্নের উত্তর না দিয়েও রাখতে পারেন।',
  'forcedLabour.showResult': 'আমার উত্তরে কী দেখা যাচ্ছে, দেখান',
  'forcedLabour.result.heading': 'আপনার উত্তরে যা দেখা যাচ্ছে',
  'forcedLabour.answered': {
    one: 'আপনি {total}টি প্রশ্নের মধ্যে {count}টির উত্তর দিয়েছেন।',
    other: 'আপনি {total}টি প্রশ্নের মধ্যে {count}টির উত্তর দিয়েছেন।',
  },
  'forcedLabour.present.heading': 'যে লক্ষণ পাওয়া গেছে',
  'forcedLabour.possible.heading': 'সম্ভাব্য লক্ষণ',
  'forcedLabour.other.heading': 'আমরা অন্য যেসব লক্ষণ নিয়ে জিজ্ঞেস করেছি',
  'forcedLabour.yourAnswer': '{question} আপনার উত্তর: {answer}',
  'forcedLabour.fromFees': 'আপনার ফি যাচাই থেকে:',
  'forcedLabour.caveat.heading': 'দয়া করে পড়ুন',
  'forcedLabour.next.heading': 'এরপর আপনি যা করতে পারেন',
  'forcedLabour.sources.heading': 'এই লক্ষণগুলো কোথা থেকে নেওয়া',
  'forcedLabour.clear': 'আমার উত্তর মুছে ফেলুন',
  'forcedLabour.cleared': 'আপনার উত্তর মুছে ফেলা হয়েছে।',
  'forcedLabour.leave': 'তাড়াতাড়ি বের হন (উত্তর মুছে যাবে)',
  'forcedLabour.change': 'আমার উত্তর বদলান',
  'forcedLabour.startOver': 'আবার শুরু করুন',
} as const;
