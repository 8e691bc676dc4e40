/** Input problems shared by every module: what went wrong with a field, and how to fix it. Plain, short, kind. */
export const reviewed = true;

export default {
  'error.required': 'Please fill this in.',
  'error.invalid': 'This does not look right. Please check it.',
  'error.tooSmall': 'This is too small. It must be at least {minimum}.',
  'error.tooBig': 'This is too big. It must be at most {maximum}.',
  'error.format': 'This is not in the expected form. Please check it.',
  'error.choice': 'Please choose one of the options.',
  'error.date': 'Write a real date, for example 2025-03-31.',
  'error.endBeforeStart': 'The last day is before the first day. Please check both dates.',
  'error.negative': 'This cannot be less than zero.',
  'error.currencyMismatch': 'Use {expected}, the money of the country where you work (not {got}).',
  'error.hoursImpossible': 'These are more hours than there are in the period (at most {maximum} hours).',
  'error.countryNotCovered': 'We do not cover this country yet.',
  'error.periodTooLong': 'The period is too long. It must be shorter than {years} years.',
  'error.outsidePeriod': 'This month is outside the period you gave ({from} to {to}).',
} as const;
