/** Hindi wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'यह पेज छोड़ें',
  'quickExit.note': 'यहाँ आपने जो लिखा है उसे मिटा देता है और कोई दूसरा पेज खोलता है। यह आपके ब्राउज़र की हिस्ट्री नहीं मिटाता।',
  'quickExit.noteWithShortcut': 'या Esc दो बार दबाएँ। यहाँ आपने जो लिखा है उसे मिटा देता है और कोई दूसरा पेज खोलता है। यह आपके ब्राउज़र की हिस्ट्री नहीं मिटाता।',
} as const;
