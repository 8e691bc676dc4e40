/**
 * Wording of <mr-social-protection>: the nine areas of social protection for a migrant worker,
 * where they work and from home, and the gaps. Plain, short sentences for a worker who may read
 * little; the codes of the protection module itself are worded in `protection.ts`.
 */
export const reviewed = true;

export default {
  'socialProtection.title': 'Are you protected if you get sick, get hurt or lose your job?',
  'socialProtection.intro':
    'See what protects you where you work and from your home country, in 9 areas: medical care, sick pay, job loss, old age, injury at work, family, maternity, disability and support after a death. “Not covered” means we found nothing that protects you.',

  'socialProtection.field.destination': 'Country where you work',
  'socialProtection.field.origin': 'Your home country',
  'socialProtection.hint.origin': 'You can leave this empty. If you choose it, we also show the help your home country gives.',
  'socialProtection.option.noOrigin': 'Not chosen',
  'socialProtection.field.compare': 'Compare with another country',
  'socialProtection.hint.compare': 'You can leave this empty. Choose a second country to see both side by side.',
  'socialProtection.option.noCompare': 'No comparison',
  'socialProtection.field.category': 'Your kind of work',

  'socialProtection.empty': 'Choose the country where you work to see your protection.',
  'socialProtection.loading': 'Loading your language…',
  'socialProtection.problems': 'We cannot show the protection yet:',

  'socialProtection.category.general': 'Company, shop, building site, farm or other workplace',
  'socialProtection.category.domestic': 'Domestic worker (in a home)',
  'socialProtection.categoryShort.general': 'worker',
  'socialProtection.categoryShort.domestic': 'domestic worker',
  'socialProtection.heading.withOrigin': 'A {category} from {origin} working in {destination}, on {date}',
  'socialProtection.heading.destinationOnly': 'A {category} working in {destination}, on {date}',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    one: 'A {category} from {origin} working in {destination} has no known cover in {count} of the {total} areas of social protection: {branches}.',
    other: 'A {category} from {origin} working in {destination} has no known cover in {count} of the {total} areas of social protection: {branches}.',
  },
  'socialProtection.gaps.destinationOnly': {
    one: 'A {category} working in {destination} has no known cover in {count} of the {total} areas of social protection: {branches}.',
    other: 'A {category} working in {destination} has no known cover in {count} of the {total} areas of social protection: {branches}.',
  },
  'socialProtection.gaps.none': 'We found some cover in each of the {total} areas of social protection. Check the conditions below: cover can be partial.',
  'socialProtection.gaps.excluded': { one: 'In {count} of these areas the law shuts this worker out.', other: 'In {count} of these areas the law shuts this worker out.' },
  'socialProtection.gaps.heading': 'Where there is no known cover',
  'socialProtection.gaps.onDate': 'Situation on {date}.',

  'socialProtection.verification.secondary': 'Some of this comes from news or expert sources, not from the law itself.',
  'socialProtection.verification.unverified': 'Some of this is not verified. Check with a support group or lawyer before relying on it.',

  // The matrix and the list
  'socialProtection.section.matrix': 'Area by area',
  'socialProtection.matrix.caption': 'What covers you in each of the 9 areas of social protection',
  'socialProtection.column.branch': 'Area of protection',
  'socialProtection.column.destination': 'Where you work: {country}',
  'socialProtection.column.origin': 'From your home country: {country}',
  'socialProtection.column.best': 'Best cover you have',
  'socialProtection.best': 'Best cover you have: {level}',
  'socialProtection.noCover': 'No known cover',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(in English)',
  'socialProtection.until': 'Until {date}.',
  'socialProtection.schemeNote': 'Note on this scheme:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'Other help for migrant workers',
  'socialProtection.extras.hint': 'Help that is not one of the 9 areas, such as unpaid wages or bringing a body home.',
  'socialProtection.extras.none': 'We found no other help.',
  'socialProtection.section.agreements': 'Agreements between countries: keeping your cover when you move',
  'socialProtection.agreements.none': 'We found no agreement that covers these countries.',
  'socialProtection.parties': 'Countries that are parties: {countries}.',
  'socialProtection.partiesSource': 'Who the parties are:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} and {b} side by side',
  'socialProtection.compare.caption': 'Best cover in each area, in {a} and in {b}',
  'socialProtection.compare.column': 'In {country}',
  'socialProtection.compare.column.difference': 'Same or different?',
  'socialProtection.compare.differs': 'Different',
  'socialProtection.compare.same': 'Same',
  'socialProtection.compare.summary': {
    one: '{count} of the {total} areas is different in {a} and in {b}.',
    other: '{count} of the {total} areas are different in {a} and in {b}.',
  },
  'socialProtection.compare.allSame': 'Cover is the same in {a} and in {b} in all {total} areas.',
  'socialProtection.compare.withOrigin': 'Best cover also counts the help from your home country ({origin}).',
  'socialProtection.compare.gaps': { one: 'In {country}: {count} area with no known cover.', other: 'In {country}: {count} areas with no known cover.' },
  'socialProtection.compare.extras': 'Other help in {country}',
  'socialProtection.compare.same.origin': 'Help from your home country is shown in the table below.',

  // Copy and print
  'socialProtection.summary.sources': 'Sources:',
  'socialProtection.summary.noKnownCover': 'NO KNOWN COVER',
  'socialProtection.summary.where': 'Where you work',
  'socialProtection.summary.home': 'From home',
  'socialProtection.summary.best': 'Best',
} as const;
