/** Wording of <mr-frameworks-explorer>: where a country stands, and the commitments on a topic. Plain, short sentences. */
export const reviewed = true;

export default {
  'frameworksExplorer.title': 'Agreements on migrant workers’ rights',
  'frameworksExplorer.intro': 'See which groups of countries a country belongs to and which agreements it has signed. Or choose a topic to see the agreements about it.',
  'frameworksExplorer.tabs': 'How do you want to look?',
  'frameworksExplorer.tab.country': 'By country',
  'frameworksExplorer.tab.topic': 'By topic',

  'frameworksExplorer.field.country': 'Country',
  'frameworksExplorer.field.date': 'Date',
  'frameworksExplorer.hint.date': 'We show what was in place on this day. It starts as today.',
  'frameworksExplorer.field.topic': 'Topic',

  'frameworksExplorer.empty.country': 'Choose a country to see where it stands.',
  'frameworksExplorer.empty.topic': 'Choose a topic to see the agreements about it.',
  'frameworksExplorer.status.country': 'Showing {country} on {date}.',
  'frameworksExplorer.status.topic': 'Showing agreements about: {topic}.',

  'frameworksExplorer.topic.fees': 'Recruitment fees and fair recruitment',
  'frameworksExplorer.topic.wages': 'Wages and equal treatment',
  'frameworksExplorer.topic.pathways': 'Complaints and access to justice',
  'frameworksExplorer.topic.protection': 'Social protection and portability',
  'frameworksExplorer.topic.cases': 'Documenting abuse and forced labour',

  'frameworksExplorer.loading': 'Loading the agreements…',
  'frameworksExplorer.unavailable': 'We could not load the agreements. Check your internet connection, then try again.',

  'frameworksExplorer.heading.country': '{country} on {date}',
  'frameworksExplorer.section.roles': 'Groups of countries it takes part in',
  'frameworksExplorer.section.conventions': 'Main international treaties on migrant work',
  'frameworksExplorer.section.otherRatified': 'Other treaties it has ratified',
  'frameworksExplorer.section.upcoming': 'Meetings and reviews coming up',
  'frameworksExplorer.section.civilSociety': 'Where workers’ groups and NGOs can take part',
  'frameworksExplorer.section.notes': 'Please note',
  'frameworksExplorer.section.instruments': 'Agreements and guidelines on this topic',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: goals on this topic',

  'frameworksExplorer.role': 'Role: {role}',
  'frameworksExplorer.disputed': 'Sources disagree',
  'frameworksExplorer.noUpcoming': 'Our sources record no meetings coming up for these groups.',
  'frameworksExplorer.noCivilSociety': 'Our sources record no way for workers’ groups or NGOs to take part in these groups.',
  'frameworksExplorer.organisations': 'Named in sources: {names}',
  'frameworksExplorer.place': 'Where: {place}',
  'frameworksExplorer.host': 'Host country: {country}',
  'frameworksExplorer.partOf': 'Part of: {process}',
  'frameworksExplorer.scope': 'Limits: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'Adopted: {date}',
  'frameworksExplorer.firstDated': 'First dated step: {date}',
  'frameworksExplorer.inForceFrom': 'In force from: {date}',
  'frameworksExplorer.body': 'Adopted by: {body}',
  'frameworksExplorer.gcmObjective': 'Goal {number}: {title}',
  'frameworksExplorer.plainHttp': 'Also cited at an address that is not secure (http), so it is not a link:',

  'frameworksExplorer.handOff.fee-checker': 'Check the fees you paid',
  'frameworksExplorer.handOff.wage-calculator': 'Work out unpaid wages',
  'frameworksExplorer.handOff.complaint-pathway': 'Find out where to complain',
  'frameworksExplorer.handOff.social-protection': 'Check your social protection',
  'frameworksExplorer.handOff.case-form': 'Write down what happened',
} as const;
