/**
 * Wording of <mr-forced-labour-screen>. The subject is painful and sometimes dangerous: gentle,
 * never alarming, never a verdict. The questions and results themselves are `fees.fl.*` (fees.ts).
 */
export const reviewed = true;

export default {
  'forcedLabour.title': 'Questions about how you are treated at work',
  'forcedLabour.intro.heading': 'Before you start',
  'forcedLabour.intro': 'These questions look for signs of forced labour. Some are about hard things. Answer only what you want to: you can skip any question and stop at any time.',
  'forcedLabour.privacy': 'Your answers stay on this device. Nothing is sent or saved.',
  'forcedLabour.start': 'Start the questions',
  'forcedLabour.part': 'Part {current} of {total}',
  'forcedLabour.skipHint': 'You can leave a question unanswered.',
  'forcedLabour.showResult': 'See what my answers show',
  'forcedLabour.result.heading': 'What your answers show',
  'forcedLabour.answered': { one: 'You answered {count} of {total} questions.', other: 'You answered {count} of {total} questions.' },
  'forcedLabour.present.heading': 'Signs found',
  'forcedLabour.possible.heading': 'Possible signs',
  'forcedLabour.other.heading': 'Other signs we asked about',
  'forcedLabour.yourAnswer': '{question} Your answer: {answer}',
  'forcedLabour.fromFees': 'From your fee check:',
  'forcedLabour.caveat.heading': 'Please read',
  'forcedLabour.next.heading': 'What you can do next',
  'forcedLabour.sources.heading': 'Where these signs come from',
  'forcedLabour.clear': 'Clear my answers',
  'forcedLabour.cleared': 'Your answers have been cleared.',
  'forcedLabour.leave': 'Leave quickly (clears answers)',
  'forcedLabour.change': 'Change my answers',
  'forcedLabour.startOver': 'Start again',
} as const;
