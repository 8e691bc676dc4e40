/** Filipino wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'Umalis sa page na ito',
  'quickExit.note': 'Binubura nito ang tinype mo rito at nagbubukas ng ibang page. Hindi nito binubura ang history ng browser mo.',
  'quickExit.noteWithShortcut': 'O pindutin ang Esc nang dalawang beses. Binubura nito ang tinype mo rito at nagbubukas ng ibang page. Hindi nito binubura ang history ng browser mo.',
} as const;
