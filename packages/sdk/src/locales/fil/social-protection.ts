/** Filipino wording of <mr-social-protection>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'Protektado ka ba kung magkasakit ka, masaktan ka o mawalan ka ng trabaho?',
  'socialProtection.intro':
    'Tingnan kung ano ang nagpoprotekta sa iyo sa pinagtatrabahuhan mo at mula sa sarili mong bansa, sa 9 na larangan: pagpapagamot, bayad kapag may sakit, pagkawala ng trabaho, pagtanda, aksidente sa trabaho, pamilya, maternity, kapansanan at tulong pagkatapos ng pagkamatay. Ang “Hindi sakop” ay nangangahulugang wala kaming nakitang nagpoprotekta sa iyo.',

  'socialProtection.field.destination': 'Bansa kung saan ka nagtatrabaho',
  'socialProtection.field.origin': 'Ang sarili mong bansa',
  'socialProtection.hint.origin': 'Puwede mo itong iwanang blangko. Kung pipiliin mo ito, ipapakita rin namin ang tulong na ibinibigay ng sarili mong bansa.',
  'socialProtection.option.noOrigin': 'Hindi pinili',
  'socialProtection.field.compare': 'Ikumpara sa ibang bansa',
  'socialProtection.hint.compare': 'Puwede mo itong iwanang blangko. Pumili ng ikalawang bansa para makita ang dalawa nang magkatabi.',
  'socialProtection.option.noCompare': 'Walang ikukumpara',
  'socialProtection.field.category': 'Uri ng trabaho mo',

  'socialProtection.empty': 'Piliin ang bansang pinagtatrabahuhan mo para makita ang proteksiyon mo.',
  'socialProtection.loading': 'Nilo-load ang wika mo…',
  'socialProtection.problems': 'Hindi pa namin maipakita ang proteksiyon:',

  'socialProtection.category.general': 'Kumpanya, tindahan, construction site, bukid o ibang lugar ng trabaho',
  'socialProtection.category.domestic': 'Domestic worker o kasambahay (sa loob ng bahay)',
  'socialProtection.categoryShort.general': 'manggagawa',
  'socialProtection.categoryShort.domestic': 'domestic worker',
  'socialProtection.heading.withOrigin': 'Isang {category} mula sa {origin} na nagtatrabaho sa {destination}, sa petsang {date}',
  'socialProtection.heading.destinationOnly': 'Isang {category} na nagtatrabaho sa {destination}, sa petsang {date}',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    one: 'Ang isang {category} mula sa {origin} na nagtatrabaho sa {destination} ay walang alam na proteksiyon sa {count} sa {total} larangan ng social protection: {branches}.',
    other: 'Ang isang {category} mula sa {origin} na nagtatrabaho sa {destination} ay walang alam na proteksiyon sa {count} sa {total} larangan ng social protection: {branches}.',
  },
  'socialProtection.gaps.destinationOnly': {
    one: 'Ang isang {category} na nagtatrabaho sa {destination} ay walang alam na proteksiyon sa {count} sa {total} larangan ng social protection: {branches}.',
    other: 'Ang isang {category} na nagtatrabaho sa {destination} ay walang alam na proteksiyon sa {count} sa {total} larangan ng social protection: {branches}.',
  },
  'socialProtection.gaps.none': 'May nakita kaming proteksiyon sa bawat isa sa {total} larangan ng social protection. Tingnan ang mga kondisyon sa ibaba: maaaring bahagya lang ang proteksiyon.',
  'socialProtection.gaps.excluded': {
    one: 'Sa {count} sa mga larangang ito, hindi isinasama ng batas ang manggagawang ito.',
    other: 'Sa {count} sa mga larangang ito, hindi isinasama ng batas ang manggagawang ito.',
  },
  'socialProtection.gaps.heading': 'Kung saan walang alam na proteksiyon',
  'socialProtection.gaps.onDate': 'Kalagayan sa petsang {date}.',

  'socialProtection.verification.secondary': 'Ang ilan dito ay galing sa balita o sa mga eksperto, hindi mula mismo sa batas.',
  'socialProtection.verification.unverified': 'Ang ilan dito ay hindi pa tiyak. Magtanong muna sa grupong tumutulong sa mga manggagawa o sa abogado bago umasa rito.',

  // The matrix and the list
  'socialProtection.section.matrix': 'Bawat larangan',
  'socialProtection.matrix.caption': 'Ang nagpoprotekta sa iyo sa bawat isa sa 9 na larangan ng social protection',
  'socialProtection.column.branch': 'Larangan ng proteksiyon',
  'socialProtection.column.destination': 'Kung saan ka nagtatrabaho: {country}',
  'socialProtection.column.origin': 'Mula sa sarili mong bansa: {country}',
  'socialProtection.column.best': 'Pinakamahusay na proteksiyong mayroon ka',
  'socialProtection.best': 'Pinakamahusay na proteksiyong mayroon ka: {level}',
  'socialProtection.noCover': 'Walang alam na proteksiyon',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(sa English)',
  'socialProtection.until': 'Hanggang {date}.',
  'socialProtection.schemeNote': 'Tala tungkol sa programang ito:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'Iba pang tulong para sa mga migrant worker',
  'socialProtection.extras.hint': 'Tulong na hindi kasama sa 9 na larangan, gaya ng hindi nabayarang sahod o pag-uwi ng labi.',
  'socialProtection.extras.none': 'Wala kaming nakitang ibang tulong.',
  'socialProtection.section.agreements': 'Mga kasunduan ng mga bansa: para manatili ang proteksiyon mo kapag lumipat ka',
  'socialProtection.agreements.none': 'Wala kaming nakitang kasunduang sumasaklaw sa mga bansang ito.',
  'socialProtection.parties': 'Mga bansang kasali: {countries}.',
  'socialProtection.partiesSource': 'Sino ang mga kasali:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} at {b} nang magkatabi',
  'socialProtection.compare.caption': 'Pinakamahusay na proteksiyon sa bawat larangan, sa {a} at sa {b}',
  'socialProtection.compare.column': 'Sa {country}',
  'socialProtection.compare.column.difference': 'Pareho o magkaiba?',
  'socialProtection.compare.differs': 'Magkaiba',
  'socialProtection.compare.same': 'Pareho',
  'socialProtection.compare.summary': {
    one: '{count} sa {total} larangan ang magkaiba sa {a} at sa {b}.',
    other: '{count} sa {total} larangan ang magkaiba sa {a} at sa {b}.',
  },
  'socialProtection.compare.allSame': 'Pareho ang proteksiyon sa {a} at sa {b} sa lahat ng {total} larangan.',
  'socialProtection.compare.withOrigin': 'Kasama rin sa pinakamahusay na proteksiyon ang tulong mula sa sarili mong bansa ({origin}).',
  'socialProtection.compare.gaps': {
    one: 'Sa {country}: {count} larangang walang alam na proteksiyon.',
    other: 'Sa {country}: {count} larangang walang alam na proteksiyon.',
  },
  'socialProtection.compare.extras': 'Iba pang tulong sa {country}',
  'socialProtection.compare.same.origin': 'Makikita sa talahanayan sa ibaba ang tulong mula sa sarili mong bansa.',

  // Copy and print
  'socialProtection.summary.sources': 'Mga pinagmulan:',
  'socialProtection.summary.noKnownCover': 'WALANG ALAM NA PROTEKSIYON',
  'socialProtection.summary.where': 'Kung saan ka nagtatrabaho',
  'socialProtection.summary.home': 'Mula sa sariling bansa',
  'socialProtection.summary.best': 'Pinakamahusay',
} as const;
