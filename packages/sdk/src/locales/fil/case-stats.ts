/** Filipino wording of <mr-case-stats>: campaign numbers from a set of documented cases. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'caseStats.title': 'Mga numero para sa kampanya mula sa mga kaso mo',
  'caseStats.intro': 'I-load ang mga kasong isinulat ng grupo mo para makita kung ilang manggagawa ang nawalan ng sahod, magkano, at ano pa ang nangyari sa kanila.',
  'caseStats.privacy': 'Binabasa ang mga file sa device na ito. Walang ipinapadala o sine-save.',

  'caseStats.file': 'Mga case file (JSON, spreadsheet CSV o encrypted)',
  'caseStats.fileHint': 'Pumili ng isa o higit pang file na ginawa gamit ang case form. Puwede mo ring i-drop dito ang mga file.',
  'caseStats.reading': 'Binabasa ang mga file…',
  'caseStats.locked': {
    one: '{count} file ang naka-lock: {files}. Ilagay ang passphrase para mabuksan.',
    other: '{count} file ang naka-lock: {files}. Ilagay ang passphrase para mabuksan.',
  },
  'caseStats.passphrase': 'Passphrase',
  'caseStats.unlock': 'Buksan',
  'caseStats.unlocking': 'Binubuksan ang mga file. Puwede itong tumagal nang ilang segundo…',
  'caseStats.loaded': {
    one: '{count} kaso ang na-load.',
    other: '{count} kaso ang na-load.',
  },
  'caseStats.clear': 'Alisin ang mga kaso sa page na ito',

  'caseStats.errorsTitle': {
    one: '{count} problema sa {file}',
    other: '{count} problema sa {file}',
  },
  'caseStats.errorsHint': 'Hindi binilang ang mga row na may problema. Ayusin ang mga ito sa file at i-load ulit.',
  'caseStats.col.row': 'Row',
  'caseStats.col.column': 'Column',
  'caseStats.col.problem': 'Problema',
  'caseStats.wholeFile': 'Buong file',
  'caseStats.item': 'item {item}',
  'caseStats.unreadable': 'Hindi mabasa ang file na ito. Pumili ng JSON, CSV o encrypted na file na ginawa gamit ang case form.',
  'caseStats.readerUnavailable': 'Hindi namin mabuksan ang mga file na ito. Tingnan ang iyong koneksyon sa internet, saka subukang muli.',
  'caseStats.alsoIn': 'Nasa {file} din ang kaso {id}. Isang beses lang itong binilang.',

  'caseStats.empty': 'Wala pang kaso. Mag-load ng file para makita ang mga numero.',
  'caseStats.source': {
    one: 'Mula sa {count} kaso sa: {files}. Kinuwenta noong {date}.',
    other: 'Mula sa {count} kaso sa: {files}. Kinuwenta noong {date}.',
  },
  'caseStats.sourcePage': 'mga kasong ibinigay ng page na ito',

  'caseStats.totals': 'Sa mga numero',
  'caseStats.total.cases': 'Mga kaso',
  'caseStats.total.wageTheft': 'Mga kaso ng wage theft',
  'caseStats.total.withIndicator': 'Sa mga ito, mga kasong may kahit isang palatandaan ng forced labor',
  'caseStats.total.undated': 'Mga kasong walang petsa',
  'caseStats.percentOfWageTheft': '{percent} ng mga kaso ng wage theft',
  'caseStats.forcedLabour': 'Wage theft at forced labor',

  'caseStats.wagesLost': 'Nawalang sahod',
  'caseStats.wagesLostHint': 'Perang isinulat sa mga paglabag na wage theft. Hindi sahod ang recruitment fee at utang, kaya hindi idinagdag.',
  'caseStats.noWagesLost': 'Walang naisulat na halaga ng nawalang sahod.',
  'caseStats.convertTo': 'Ipakita rin ang kabuuan sa',
  'caseStats.convertNone': 'Huwag i-convert',
  'caseStats.rate': 'Ilang {to} ang katumbas ng 1 {from}?',
  'caseStats.rateHint': 'I-type ang rate na ibinigay sa iyo. Hindi kailanman naghahanap ng rate ang page na ito.',
  'caseStats.converted': 'Kabuuan sa {currency}: {amount}',
  'caseStats.ratesNote': 'Na-convert gamit ang mga rate na tinype mo, hindi ang live na rate.',

  'caseStats.chart.byDestination': 'Mga kaso ayon sa bansa ng trabaho',
  'caseStats.chart.byOrigin': 'Mga kaso ayon sa sariling bansa',
  'caseStats.chart.bySector': 'Mga kaso ayon sa uri ng trabaho',
  'caseStats.chart.byViolation': 'Mga kaso ayon sa naging mali',
  'caseStats.chart.byStatus': 'Mga kaso ayon sa kalagayan',
  'caseStats.chart.byMonth': 'Mga kaso ayon sa buwan kung kailan nagsimula ang mga problema',
  'caseStats.yearOnly': {
    one: '{count} kaso ang taon lang ang petsa at wala sa chart na ito.',
    other: '{count} kaso ang taon lang ang petsa at wala sa chart na ito.',
  },
  'caseStats.noData': 'Walang maipapakita.',
  'caseStats.showTable': 'Ipakita ang mga numero bilang table',
  'caseStats.col.what': 'Ano',
  'caseStats.col.cases': 'Mga kaso',
  'caseStats.col.month': 'Buwan',
  'caseStats.unknown': 'Hindi naisulat',
  'caseStats.notes': 'Mga tala tungkol sa mga numero',
} as const;
