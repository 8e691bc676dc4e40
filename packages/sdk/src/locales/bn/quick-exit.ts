/** Bengali wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'এই পেজ থেকে বের হন',
  'quickExit.note': 'এখানে যা লিখেছেন তা মুছে দেয় এবং অন্য একটি পেজ খোলে। এটি আপনার ব্রাউজারের হিস্ট্রি মোছে না।',
  'quickExit.noteWithShortcut': 'অথবা Esc বোতাম দুবার চাপুন। এখানে যা লিখেছেন তা মুছে দেয় এবং অন্য একটি পেজ খোলে। এটি আপনার ব্রাউজারের হিস্ট্রি মোছে না।',
} as const;
