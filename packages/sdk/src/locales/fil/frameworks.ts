/** Filipino wording of the frameworks module: where a country sits in regional and global processes. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'Pumili ng bansa.',
  'frameworks.error.date': 'Pumili ng petsa.',
  'frameworks.error.topic': 'Pumili ng paksa.',
  'frameworks.data.precision': 'Ang petsang taon o buwan lang ang ibinigay ay dapat nasa una o huling araw ng panahong iyon.',
  'frameworks.data.party': 'Ang isang papel ay para sa isang bansa o isang organisasyon, hindi sa pareho.',

  'frameworks.role.member': 'Miyembro',
  'frameworks.role.observer': 'Observer',
  'frameworks.role.chair': 'Chair (tagapangulo)',
  'frameworks.role.co-chair': 'Co-chair',
  'frameworks.role.participant': 'Lumahok',
  'frameworks.role.partner': 'Katuwang (partner)',
  'frameworks.role.focus-country': 'Focus country',

  'frameworks.kind.rcp': 'Regional consultative process',
  'frameworks.kind.regional-body': 'Panrehiyong organisasyon',
  'frameworks.kind.regional-forum': 'Panrehiyong forum',
  'frameworks.kind.global-forum': 'Pandaigdigang forum',
  'frameworks.kind.compact': 'Global compact',

  'frameworks.instrumentKind.convention': 'Kombensiyon (may bisa sa mga bansang nagratipika nito)',
  'frameworks.instrumentKind.protocol': 'Protocol (may bisa sa mga bansang nagratipika nito)',
  'frameworks.instrumentKind.declaration': 'Deklarasyon (pampulitikang pangako)',
  'frameworks.instrumentKind.consensus': 'Consensus (pampulitikang pangako)',
  'frameworks.instrumentKind.compact': 'Compact (pampulitikang pangako)',
  'frameworks.instrumentKind.guideline': 'Mga gabay (guidelines)',

  'frameworks.topic.fees': 'Recruitment fee at patas na recruitment',
  'frameworks.topic.wages': 'Sahod at pantay na pagtrato',
  'frameworks.topic.pathways': 'Mga reklamo at access sa hustisya',
  'frameworks.topic.protection': 'Social protection at portability',
  'frameworks.topic.cases': 'Pagdodokumento ng pang-aabuso at forced labor',

  'frameworks.civilSociety.working-group': 'Lumahok na ang civil society sa mga working group nito.',
  'frameworks.civilSociety.observer': 'Puwedeng dumalo ang civil society bilang observer.',
  'frameworks.civilSociety.forum': 'Lumalahok sa forum na ito ang mga organisasyon ng civil society.',
  'frameworks.civilSociety.principle': 'Hinihiling ng mga gabay na prinsipyo nito na lumahok ang buong lipunan.',
  'frameworks.civilSociety.current': 'Bukas sa petsang ito.',
  'frameworks.civilSociety.precedent': 'Nangyari na ito dati; nagpapakita ito ng paraan para makapasok, hindi ng permanenteng puwesto.',

  'frameworks.eventKind.review-forum': 'Review forum',
  'frameworks.eventKind.summit': 'Summit',
  'frameworks.eventKind.ministerial': 'Pulong ng mga ministro',
  'frameworks.eventKind.officials-meeting': 'Pulong ng mga opisyal',
  'frameworks.eventKind.working-group': 'Pulong ng working group',
  'frameworks.eventKind.forum': 'Forum',
  'frameworks.eventKind.conference': 'Kumperensiya',

  'frameworks.timing.past': 'Naganap na',
  'frameworks.timing.upcoming': 'Paparating',
  'frameworks.timing.ongoing': 'Nagaganap ngayon',
  'frameworks.timing.uncertain': 'Nakatakda sa panahong ito; hindi alam ang eksaktong petsa, kaya maaaring naganap na ito.',

  'frameworks.certainty.certain': 'Umiiral sa petsang ito.',
  'frameworks.certainty.period': 'Taon o buwan lang ang ibinibigay ng mga pinagmulan namin, kaya maaaring hindi pa ito umiiral sa mismong petsang ito.',

  'frameworks.ratification.ratified': 'Naratipika',
  'frameworks.ratification.signed': 'Pinirmahan, hindi pa naratipika',
  'frameworks.ratification.recalled-ratified': 'Malamang na naratipika, pero wala kaming nakitang pinagmulan o petsa. Alamin muna bago umasa rito.',
  'frameworks.ratification.ratified-later': 'Hindi pa naratipika sa petsang ito; naratipika kalaunan.',
  'frameworks.ratification.not-recorded': 'Walang naitalang ratipikasyon sa mga pinagmulan namin',

  'frameworks.finding.none-found': 'Walang nakitang ratipikasyon ng bansang ito sa pananaliksik.',
  'frameworks.finding.recalled-ratified': 'Naaalalang naratipika, pero walang pinagmulan.',

  'frameworks.conflict.membership': 'Hindi magkakatugma ang mga pinagmulan tungkol sa lugar ng bansang ito sa prosesong ito. Ipinapakita ang dalawang bersiyon.',

  'frameworks.note.noRoleRecorded': 'Walang naitalang papel ang bansang ito sa mga prosesong ito sa petsang ito, ayon sa mga pinagmulan namin.',
  'frameworks.note.notRecordedMeansUnknown': 'Ang “walang naitala” ay nangangahulugang hindi ito binabanggit ng mga pinagmulan namin. Hindi ibig sabihin na hindi pa nagratipika ang bansa. Tingnan ang NORMLEX database ng ILO.',
  'frameworks.note.editorialTopics': 'Iniugnay namin ang mga pangakong ito sa paksang ito para madali mong mahanap. Hindi ito legal na klasipikasyon.',

  'frameworks.period.since': 'Mula {from}',
  'frameworks.period.reportedSince': 'Iniulat mula {from} (maaaring nagsimula nang mas maaga)',
  'frameworks.period.between': '{from} hanggang {to}',
  'frameworks.period.reportedBetween': 'Iniulat mula {from} hanggang {to} (maaaring nagsimula nang mas maaga)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'Ratipikasyon',
  'frameworks.act.signature': 'Pagpirma',
} as const;
