/**
 * Filipino wording of the <mr-fee-checker> result: totals, months of wages, verdicts, legal limits and
 * the actions on a result. It comes with the rules, after the first screen (fee-checker.ts holds the
 * questions). Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  'feeChecker.step.screen': 'Mga tanong tungkol sa trabaho mo (puwede mong laktawan)',
  'feeChecker.total.paid': 'Ibinayad mo',
  'feeChecker.total.shouldNot': 'Hindi mo dapat binayaran (prinsipyong employer ang nagbabayad)',
  'feeChecker.total.inOther': 'Sa {currency}: {amount}',
  'feeChecker.total.none': 'Wala',
  'feeChecker.months.heading': 'Ilang buwang sahod ang katumbas ng mga gastos na ito',
  'feeChecker.months.text': {
    one: 'Katumbas ng mga gastos na ito ang {months} buwang sahod mo.',
    other: 'Katumbas ng mga gastos na ito ang {months} buwang sahod mo.',
  },
  'feeChecker.months.bar': {
    one: 'Bar: {months} buwang sahod, sa sukat na {scale} buwan.',
    other: 'Bar: {months} buwang sahod, sa sukat na {scale} buwan.',
  },
  'feeChecker.months.scale': '{scale} buwan',
  'feeChecker.ilo.heading': 'Dapat mo bang binayaran ito?',
  'feeChecker.ilo.answer.false': 'Hindi',
  'feeChecker.ilo.answer.true': 'Oo',
  'feeChecker.ilo.answer.unknown': 'Hindi namin masabi',
  'feeChecker.kind': 'Uri ng gastos: {kind}',
  'feeChecker.law.heading': 'Ang sinasabi ng batas',
  'feeChecker.law.of': 'Batas ng {country}',
  'feeChecker.cap.by': 'Lampas sa limitasyon nang {amount}',
  'feeChecker.cap.byBoth': 'Lampas sa limitasyon nang {amount} ({other})',
  'feeChecker.cap.byAtLeast': 'Lampas sa limitasyon nang hindi bababa sa {amount}',
  'feeChecker.cap.limit': 'Legal na limitasyon: {amount}',
  'feeChecker.cap.limitZero': 'Legal na limitasyon: wala dapat bayad',
  'feeChecker.cap.answer': 'Sagutin ang tanong na ito',
  'feeChecker.cap.notCounted': 'Mga patakarang hindi bumibilang sa bayad na ito',
  'feeChecker.rules.heading': 'Mga legal na limitasyong para sa iyo',
  'feeChecker.rules.none': 'Wala kaming nakitang legal na limitasyon para sa mga bansang ito sa aming datos.',
  'feeChecker.rule.covered': 'Binilang sa patakarang ito: {amount}',
  'feeChecker.rule.excess': 'Kabuuang lampas sa limitasyon: {amount}',
  'feeChecker.rule.excessAtLeast': 'Kabuuang lampas sa limitasyon: hindi bababa sa {amount}',
  'feeChecker.warnings.heading': 'Pakitandaan',
  'feeChecker.assumptions': 'Ang mga ipinagpalagay namin',
  'feeChecker.datesDiffer': 'Sa magkakaibang araw mo ginawa ang mga bayad. Ginamit namin ang mga patakarang may bisa sa unang araw, {date}.',
  'feeChecker.verification.secondary': 'Ang ilang patakarang ginamit dito ay galing sa balita o sa mga eksperto, hindi pa nasusuri sa opisyal na teksto ng batas.',
  'feeChecker.verification.unverified': 'Ang ilang impormasyong ginamit dito ay hindi pa tiyak. Magtanong muna sa grupong tumutulong sa mga manggagawa o sa abogado bago umasa rito.',
  'feeChecker.complain': 'Magreklamo tungkol sa mga fee na ito',
  'feeChecker.screen.offer': 'Sumagot sa ilang tanong tungkol sa pagtrato sa iyo sa trabaho',
  'feeChecker.screen.offerHint': 'Puwede mo itong laktawan. Ang mataas na fee at utang ay puwedeng magbitag sa manggagawa; hinahanap ng mga tanong na ito ang mga palatandaan nito.',
  'feeChecker.screen.back': 'Bumalik sa resulta ng mga fee ko',
  'feeChecker.edit': 'Baguhin ang mga sagot ko',
  'feeChecker.summary.title': 'Pagsusuri ng recruitment fee',
  'feeChecker.summary.corridor': 'Mula {origin} papuntang {destination}',
  'feeChecker.summary.note': 'Walang pangalan sa buod na ito. Dalhin ito, kasama ang anumang resibo o mensahe, sa grupong tumutulong sa mga manggagawa, unyon o labor office.',
} as const;
