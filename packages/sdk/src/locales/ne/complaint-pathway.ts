/** Not yet translated: widgets show the English text, marked as untranslated. */
export const reviewed = false;
export const untranslated = true;

export default {} as const;
