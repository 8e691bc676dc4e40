/** Filipino wording of <mr-forced-labour-screen>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'forcedLabour.title': 'Mga tanong tungkol sa pagtrato sa iyo sa trabaho',
  'forcedLabour.intro.heading': 'Bago ka magsimula',
  'forcedLabour.intro': 'Hinahanap ng mga tanong na ito ang mga palatandaan ng forced labor (sapilitang paggawa). May ilang tanong tungkol sa mabibigat na bagay. Sagutin lang ang gusto mong sagutin: puwede mong laktawan ang kahit anong tanong at huminto kahit kailan.',
  'forcedLabour.privacy': 'Nananatili lang sa device na ito ang mga sagot mo. Walang ipinapadala o sine-save.',
  'forcedLabour.start': 'Simulan ang mga tanong',
  'forcedLabour.part': 'Bahagi {current} ng {total}',
  'forcedLabour.skipHint': 'Puwede mong hindi sagutin ang isang tanong.',
  'forcedLabour.showResult': 'Tingnan kung ano ang ipinapakita ng mga sagot ko',
  'forcedLabour.result.heading': 'Ang ipinapakita ng mga sagot mo',
  'forcedLabour.answered': {
    one: 'Sinagot mo ang {count} sa {total} tanong.',
    other: 'Sinagot mo ang {count} sa {total} tanong.',
  },
  'forcedLabour.present.heading': 'Mga palatandaang nakita',
  'forcedLabour.possible.heading': 'Mga posibleng palatandaan',
  'forcedLabour.other.heading': 'Iba pang palatandaang itinanong namin',
  'forcedLabour.yourAnswer': '{question} Ang sagot mo: {answer}',
  'forcedLabour.fromFees': 'Mula sa pagsusuri ng mga fee mo:',
  'forcedLabour.caveat.heading': 'Pakibasa',
  'forcedLabour.next.heading': 'Ang puwede mong gawin ngayon',
  'forcedLabour.sources.heading': 'Saan galing ang mga palatandaang ito',
  'forcedLabour.clear': 'Burahin ang mga sagot ko',
  'forcedLabour.cleared': 'Nabura na ang mga sagot mo.',
  'forcedLabour.leave': 'Umalis agad (binubura ang mga sagot)',
  'forcedLabour.change': 'Baguhin ang mga sagot ko',
  'forcedLabour.startOver': 'Magsimula ulit',
} as const;
