/** Filipino wording of the input problems shared by every module. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'Pakisagutan ito.',
  'error.invalid': 'Mukhang hindi ito tama. Pakitingnan ulit.',
  'error.tooSmall': 'Masyadong maliit ito. Dapat hindi bababa sa {minimum}.',
  'error.tooBig': 'Masyadong malaki ito. Dapat hindi hihigit sa {maximum}.',
  'error.format': 'Hindi ito nasa tamang anyo. Pakitingnan ulit.',
  'error.choice': 'Pumili ng isa sa mga pagpipilian.',
  'error.date': 'Isulat ang totoong petsa, halimbawa 2025-03-31.',
  'error.endBeforeStart': 'Mas maaga ang huling araw kaysa sa unang araw. Pakitingnan ang dalawang petsa.',
  'error.negative': 'Hindi ito puwedeng mas mababa sa zero.',
  'error.currencyMismatch': 'Gamitin ang {expected}, ang pera ng bansang pinagtatrabahuhan mo (hindi {got}).',
  'error.hoursImpossible': 'Mas marami ito kaysa sa bilang ng oras sa panahong iyon (hindi hihigit sa {maximum} oras).',
  'error.countryNotCovered': 'Hindi pa namin sakop ang bansang ito.',
  'error.periodTooLong': 'Masyadong mahaba ang panahon. Dapat mas maikli sa {years} taon.',
  'error.outsidePeriod': 'Nasa labas ang buwang ito ng panahong ibinigay mo ({from} hanggang {to}).',
} as const;
