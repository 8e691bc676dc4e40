/** Filipino wording of <mr-frameworks-explorer>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'Mga kasunduan tungkol sa karapatan ng mga migrant worker',
  'frameworksExplorer.intro': 'Tingnan kung saang mga grupo ng bansa kasapi ang isang bansa at kung aling mga kasunduan ang pinirmahan nito. O pumili ng paksa para makita ang mga kasunduan tungkol dito.',
  'frameworksExplorer.tabs': 'Paano mo gustong tumingin?',
  'frameworksExplorer.tab.country': 'Ayon sa bansa',
  'frameworksExplorer.tab.topic': 'Ayon sa paksa',

  'frameworksExplorer.field.country': 'Bansa',
  'frameworksExplorer.field.date': 'Petsa',
  'frameworksExplorer.hint.date': 'Ipinapakita namin kung ano ang umiiral sa araw na ito. Nagsisimula ito sa petsa ngayong araw.',
  'frameworksExplorer.field.topic': 'Paksa',

  'frameworksExplorer.empty.country': 'Pumili ng bansa para makita ang kalagayan nito.',
  'frameworksExplorer.empty.topic': 'Pumili ng paksa para makita ang mga kasunduan tungkol dito.',
  'frameworksExplorer.status.country': 'Ipinapakita ang {country} sa petsang {date}.',
  'frameworksExplorer.status.topic': 'Ipinapakita ang mga kasunduan tungkol sa: {topic}.',

  'frameworksExplorer.topic.fees': 'Recruitment fee at patas na recruitment',
  'frameworksExplorer.topic.wages': 'Sahod at pantay na pagtrato',
  'frameworksExplorer.topic.pathways': 'Mga reklamo at access sa hustisya',
  'frameworksExplorer.topic.protection': 'Social protection at portability',
  'frameworksExplorer.topic.cases': 'Pagdodokumento ng pang-aabuso at forced labor',

  'frameworksExplorer.loading': 'Nilo-load ang mga kasunduan…',
  'frameworksExplorer.unavailable': 'Hindi namin ma-load ang mga kasunduan. Tingnan ang iyong koneksyon sa internet, saka subukang muli.',

  'frameworksExplorer.heading.country': '{country} sa petsang {date}',
  'frameworksExplorer.section.roles': 'Mga grupo ng bansa na kasali ito',
  'frameworksExplorer.section.conventions': 'Pangunahing internasyonal na kasunduan tungkol sa migrant work',
  'frameworksExplorer.section.otherRatified': 'Iba pang kasunduang naratipika nito',
  'frameworksExplorer.section.upcoming': 'Mga paparating na pulong at review',
  'frameworksExplorer.section.civilSociety': 'Kung saan puwedeng lumahok ang mga grupo ng manggagawa at NGO',
  'frameworksExplorer.section.notes': 'Pakitandaan',
  'frameworksExplorer.section.instruments': 'Mga kasunduan at gabay tungkol sa paksang ito',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: mga layunin tungkol sa paksang ito',

  'frameworksExplorer.role': 'Papel: {role}',
  'frameworksExplorer.disputed': 'Hindi magkakatugma ang mga pinagmulan',
  'frameworksExplorer.noUpcoming': 'Walang naitalang paparating na pulong para sa mga grupong ito ang mga pinagmulan namin.',
  'frameworksExplorer.noCivilSociety': 'Walang naitalang paraan ang mga pinagmulan namin para makalahok ang mga grupo ng manggagawa o NGO sa mga grupong ito.',
  'frameworksExplorer.organisations': 'Binanggit sa mga pinagmulan: {names}',
  'frameworksExplorer.place': 'Saan: {place}',
  'frameworksExplorer.host': 'Host na bansa: {country}',
  'frameworksExplorer.partOf': 'Bahagi ng: {process}',
  'frameworksExplorer.scope': 'Mga limitasyon: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'Pinagtibay: {date}',
  'frameworksExplorer.firstDated': 'Unang hakbang na may petsa: {date}',
  'frameworksExplorer.inForceFrom': 'May bisa mula: {date}',
  'frameworksExplorer.body': 'Pinagtibay ng: {body}',
  'frameworksExplorer.gcmObjective': 'Layunin {number}: {title}',
  'frameworksExplorer.plainHttp': 'Binanggit din sa address na hindi secure (http), kaya hindi ito ginawang link:',

  'frameworksExplorer.handOff.fee-checker': 'Suriin ang mga fee na binayaran mo',
  'frameworksExplorer.handOff.wage-calculator': 'Kuwentahin ang hindi nabayarang sahod',
  'frameworksExplorer.handOff.complaint-pathway': 'Alamin kung saan magrereklamo',
  'frameworksExplorer.handOff.social-protection': 'Suriin ang social protection mo',
  'frameworksExplorer.handOff.case-form': 'Isulat ang nangyari',
} as const;
