/** Filipino wording of the shared widget text: navigation, privacy, provenance. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'ui.translationDraft': 'Draft pa lang ang pagsasaling ito at hindi pa nasusuri ng katutubong nagsasalita. Nasa English ang mga bahaging hindi pa naisasalin.',
  'ui.progress': 'Progreso',
  'ui.stepOf': 'Hakbang {current} ng {total}',
  'ui.fixErrors': {
    one: 'Pakiayos ang {count} sagot sa ibaba.',
    other: 'Pakiayos ang {count} sagot sa ibaba.',
  },
  'ui.back': 'Bumalik',
  'ui.next': 'Susunod',
  'ui.choose': 'Pumili…',
  'ui.privacy': 'Ang tina-type mo ay nananatili lang sa device na ito. Walang ipinapadala o sine-save.',
  'ui.howCalculated': 'Paano namin ito kinuwenta',
  'ui.print': 'I-print o i-save bilang PDF',
  'ui.copy': 'Kopyahin ang buod',
  'ui.copied': 'Nakopya na ang buod. Walang pangalan dito.',
  'ui.startOver': 'Magsimula ulit (burahin lahat)',
  'provenance.official': 'Sinuri ayon sa opisyal na pinagmulan.',
  'provenance.secondary': 'Galing sa balita o sa mga eksperto. Hindi pa nasusuri sa opisyal na teksto ng batas.',
  'provenance.unverified': 'Hindi pa tiyak: wala kaming nakitang maaasahang pinagmulan. Magtanong muna sa abogado o sa grupong tumutulong sa mga manggagawa bago umasa rito.',
  'provenance.note': 'Tala tungkol sa mga pinagmulan:',
  'provenance.inForceSince': 'May bisa mula {date}.',
  'provenance.source': 'Pinagmulan:',
  'provenance.noSource': 'Wala pang nakitang pinagmulan.',
  'error.amount': 'Isulat ang halaga gamit lang ang mga numero, halimbawa 1500 o 1500.50.',
  'error.hours': 'Isulat ang bilang ng oras, halimbawa 20 o 7.5.',
  'error.month': 'Piliin ang buwan.',
  'error.rate': 'Isulat ang palitan (exchange rate) bilang numero, halimbawa 36.5.',
} as const;
