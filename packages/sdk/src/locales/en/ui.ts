/** Shared widget wording: navigation, privacy, provenance. Plain language, short sentences. */
export const reviewed = true;

export default {
  'ui.translationDraft': 'This translation is a draft, not yet checked by a native speaker. Parts not yet translated are shown in English.',
  'ui.progress': 'Progress',
  'ui.stepOf': 'Step {current} of {total}',
  'ui.fixErrors': { one: 'Please fix 1 answer below.', other: 'Please fix {count} answers below.' },
  'ui.back': 'Back',
  'ui.next': 'Next',
  'ui.choose': 'Choose…',
  'ui.privacy': 'What you type stays on this device. Nothing is sent or saved.',
  'ui.howCalculated': 'How we worked this out',
  'ui.print': 'Print or save as PDF',
  'ui.copy': 'Copy summary',
  'ui.copied': 'Summary copied. It contains no names.',
  'ui.startOver': 'Start again (clear everything)',
  'provenance.official': 'Checked against an official source.',
  'provenance.secondary': 'From news or expert sources, not yet checked against the official law text.',
  'provenance.unverified': 'Not verified: we found no reliable source. Check with a lawyer or support group before relying on it.',
  'provenance.note': 'Note on sources:',
  'provenance.inForceSince': 'In force since {date}.',
  'provenance.source': 'Source:',
  'provenance.noSource': 'No source found yet.',
  'error.amount': 'Write an amount using numbers only, for example 1500 or 1500.50.',
  'error.hours': 'Write the number of hours, for example 20 or 7.5.',
  'error.month': 'Choose the month.',
  'error.rate': 'Write the exchange rate as a number, for example 36.5.',
} as const;
