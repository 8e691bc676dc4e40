/** Nepali wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'यो पृष्ठ छोड्नुहोस्',
  'quickExit.note': 'यहाँ लेखेको सबै मेटाउँछ र अर्को पृष्ठ खोल्छ। यसले ब्राउजरको इतिहास भने मेटाउँदैन।',
  'quickExit.noteWithShortcut': 'वा Esc दुई पटक थिच्नुहोस्। यहाँ लेखेको सबै मेटाउँछ र अर्को पृष्ठ खोल्छ। यसले ब्राउजरको इतिहास भने मेटाउँदैन।',
} as const;
