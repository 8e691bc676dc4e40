/** Wording of <mr-quick-exit>: honest about what it can and cannot hide. */
export const reviewed = true;

export default {
  'quickExit.button': 'Leave this page',
  'quickExit.note': 'Clears what you typed here and opens another page. It does not delete your browser history.',
  'quickExit.noteWithShortcut': 'Or press Esc twice. Clears what you typed here and opens another page. It does not delete your browser history.',
} as const;
