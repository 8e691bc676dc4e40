/** Wording of the frameworks module: where a country sits in regional and global processes. Plain, short sentences. */
export const reviewed = true;

export default {
  'frameworks.error.country': 'Choose a country.',
  'frameworks.error.date': 'Choose a date.',
  'frameworks.error.topic': 'Choose a topic.',
  'frameworks.data.precision': 'A date given only as a year or month must fall on the first or last day of that period.',
  'frameworks.data.party': 'A role belongs to a country or an organisation, not both.',

  'frameworks.role.member': 'Member',
  'frameworks.role.observer': 'Observer',
  'frameworks.role.chair': 'Chair',
  'frameworks.role.co-chair': 'Co-chair',
  'frameworks.role.participant': 'Took part',
  'frameworks.role.partner': 'Partner',
  'frameworks.role.focus-country': 'Focus country',

  'frameworks.kind.rcp': 'Regional consultative process',
  'frameworks.kind.regional-body': 'Regional body',
  'frameworks.kind.regional-forum': 'Regional forum',
  'frameworks.kind.global-forum': 'Global forum',
  'frameworks.kind.compact': 'Global compact',

  'frameworks.instrumentKind.convention': 'Convention (binding on countries that ratify it)',
  'frameworks.instrumentKind.protocol': 'Protocol (binding on countries that ratify it)',
  'frameworks.instrumentKind.declaration': 'Declaration (a political commitment)',
  'frameworks.instrumentKind.consensus': 'Consensus (a political commitment)',
  'frameworks.instrumentKind.compact': 'Compact (a political commitment)',
  'frameworks.instrumentKind.guideline': 'Guidelines',

  'frameworks.topic.fees': 'Recruitment fees and fair recruitment',
  'frameworks.topic.wages': 'Wages and equal treatment',
  'frameworks.topic.pathways': 'Complaints and access to justice',
  'frameworks.topic.protection': 'Social protection and portability',
  'frameworks.topic.cases': 'Documenting abuse and forced labour',

  'frameworks.civilSociety.working-group': 'Civil society has taken part in its working groups.',
  'frameworks.civilSociety.observer': 'Civil society can attend as an observer.',
  'frameworks.civilSociety.forum': 'Civil society organisations take part in this forum.',
  'frameworks.civilSociety.principle': 'Its guiding principles call for the whole of society to take part.',
  'frameworks.civilSociety.current': 'Open on this date.',
  'frameworks.civilSociety.precedent': 'This happened before; it shows a way in, not a standing seat.',

  'frameworks.eventKind.review-forum': 'Review forum',
  'frameworks.eventKind.summit': 'Summit',
  'frameworks.eventKind.ministerial': 'Ministerial meeting',
  'frameworks.eventKind.officials-meeting': 'Officials’ meeting',
  'frameworks.eventKind.working-group': 'Working group meeting',
  'frameworks.eventKind.forum': 'Forum',
  'frameworks.eventKind.conference': 'Conference',

  'frameworks.timing.past': 'Already held',
  'frameworks.timing.upcoming': 'Coming up',
  'frameworks.timing.ongoing': 'Taking place now',
  'frameworks.timing.uncertain': 'Due this period; the exact dates are not known, so it may already have taken place.',

  'frameworks.certainty.certain': 'In place on this date.',
  'frameworks.certainty.period': 'Our sources give only the year or month, so this may not yet have applied on this exact date.',

  'frameworks.ratification.ratified': 'Ratified',
  'frameworks.ratification.signed': 'Signed, not ratified',
  'frameworks.ratification.recalled-ratified': 'Probably ratified, but we found no source or date. Check before relying on it.',
  'frameworks.ratification.ratified-later': 'Not yet ratified on this date; ratified later.',
  'frameworks.ratification.not-recorded': 'No ratification recorded in our sources',

  'frameworks.finding.none-found': 'Research found no ratification by this country.',
  'frameworks.finding.recalled-ratified': 'Recalled as ratified, without a source.',

  'frameworks.conflict.membership': 'Sources disagree about this country’s place in this process. Both readings are shown.',

  'frameworks.note.noRoleRecorded': 'Our sources record no role for this country in these processes on this date.',
  'frameworks.note.notRecordedMeansUnknown': '“Not recorded” means our sources do not say. It does not mean the country has not ratified. Check the ILO’s NORMLEX database.',
  'frameworks.note.editorialTopics': 'We linked these commitments to this topic to help you find them. This is not a legal classification.',

  'frameworks.period.since': 'Since {from}',
  'frameworks.period.reportedSince': 'Reported since {from} (may have begun earlier)',
  'frameworks.period.between': '{from} to {to}',
  'frameworks.period.reportedBetween': 'Reported {from} to {to} (may have begun earlier)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'Ratification',
  'frameworks.act.signature': 'Signature',
} as const;
