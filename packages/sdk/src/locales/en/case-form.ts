/** Wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Plain words, short sentences. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = true;

export default {
  'caseForm.title': 'Write down a worker’s case',
  'caseForm.intro': 'Write down what happened to a worker, so your group can help and campaign. Fill in the parts in any order.',
  'caseForm.privacy': 'What you type stays on this phone. Nothing is sent. A file is made only when you press a button to make one.',
  'caseForm.dateHint': 'A year (2024), a month (2024-03) or a day (2024-03-15).',

  'caseForm.section.consent': 'Consent',
  'caseForm.hint.consent': 'Explain to the worker what you will write down, who will see it, and that they can say no. Write nothing without their agreement.',

  'caseForm.field.consent.given': 'The worker agreed that I write down their case',
  'caseForm.field.consent.scope': 'What did the worker agree to?',
  'caseForm.field.consent.givenOn': 'Date the worker agreed',
  'caseForm.consentContinue': 'Continue to the case',

  'caseForm.error.engineUnavailable': 'We could not load the part of the form that checks and saves cases. Check your internet connection, then try again. Nothing you typed is lost.',

  'caseForm.passphrase': 'Passphrase',
  'caseForm.passphraseAgain': 'Type the passphrase again',
  'caseForm.passphraseGuide': 'Use four or more words that only you would put together. No names or birthdays. Keep it somewhere safe, away from this phone: if it is lost, nobody can open the file, not even us.',
  'caseForm.passphrase.tooShort': 'Use at least 8 characters. Four or more words is better.',
  'caseForm.passphrase.mismatch': 'The two passphrases are not the same.',
  'caseForm.strength.weak': 'Strength: too weak.',
  'caseForm.strength.fair': 'Strength: fair. A longer passphrase is safer.',
  'caseForm.strength.strong': 'Strength: good.',

  'caseForm.persist.title': 'Keep drafts on this phone',
  'caseForm.persist.offHint': 'Drafts can be kept on this phone, locked with a passphrase. Without the passphrase nobody can read them.',
  'caseForm.persist.start': 'Keep drafts, locked',
  'caseForm.persist.lockedHint': 'Locked drafts are kept on this phone. Enter the passphrase to open them.',
  'caseForm.persist.unlock': 'Open the drafts',
  'caseForm.persist.unlocking': 'Opening the drafts…',
  'caseForm.persist.on': 'Drafts are kept on this phone, locked with your passphrase.',
  'caseForm.persist.keptAt': 'Last kept at {time}.',
  'caseForm.persist.notKept': 'The case on screen is kept once its answers have no problems.',
  'caseForm.persist.delete': 'Delete everything',
  'caseForm.persist.deleteConfirm': 'This deletes every draft kept on this phone and everything on screen. It cannot be undone.',
  'caseForm.persist.deleteYes': 'Yes, delete everything',
  'caseForm.persist.cancel': 'Cancel',
  'caseForm.persist.deleted': 'Everything was deleted.',
  'caseForm.persist.unavailable': 'This browser cannot keep drafts. Make a file to keep your work.',
  'caseForm.persist.failed': 'The drafts could not be kept. Make a file to keep your work.',
} as const;
