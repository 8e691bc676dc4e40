/** Arabic wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'مغادرة هذه الصفحة',
  'quickExit.note': 'يمسح ما كتبته هنا ويفتح صفحة أخرى. لا يحذف سجل المتصفح.',
  'quickExit.noteWithShortcut': 'أو اضغط Esc مرتين. يمسح ما كتبته هنا ويفتح صفحة أخرى. لا يحذف سجل المتصفح.',
} as const;
