/** Filipino wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'Isulat ang kaso ng isang manggagawa',
  'caseForm.intro': 'Isulat ang nangyari sa isang manggagawa, para makatulong at makapagkampanya ang grupo mo. Sagutan ang mga bahagi sa kahit anong pagkakasunod-sunod.',
  'caseForm.privacy': 'Nananatili lang sa phone na ito ang tina-type mo. Walang ipinapadala. Gagawa lang ng file kapag pinindot mo ang button para gumawa nito.',
  'caseForm.dateHint': 'Taon (2024), buwan (2024-03) o araw (2024-03-15).',

  'caseForm.section.consent': 'Pahintulot',
  'caseForm.hint.consent': 'Ipaliwanag sa manggagawa kung ano ang isusulat mo, sino ang makakakita nito, at na puwede siyang tumanggi. Huwag magsulat ng kahit ano nang walang pahintulot niya.',

  'caseForm.field.consent.given': 'Pumayag ang manggagawa na isulat ko ang kaso niya',
  'caseForm.field.consent.scope': 'Saan pumayag ang manggagawa?',
  'caseForm.field.consent.givenOn': 'Petsa ng pagpayag ng manggagawa',
  'caseForm.consentContinue': 'Magpatuloy sa kaso',

  'caseForm.error.engineUnavailable': 'Hindi namin ma-load ang bahagi ng form na sumusuri at nagse-save ng mga kaso. Tingnan ang iyong koneksyon sa internet, saka subukang muli. Walang nawala sa isinulat mo.',

  'caseForm.passphrase': 'Passphrase',
  'caseForm.passphraseAgain': 'I-type ulit ang passphrase',
  'caseForm.passphraseGuide': 'Gumamit ng apat o higit pang salita na ikaw lang ang magsasama-sama. Walang pangalan o birthday. Itago ito sa ligtas na lugar, malayo sa phone na ito: kapag nawala ito, walang makakapagbukas ng file, kahit kami.',
  'caseForm.passphrase.tooShort': 'Gumamit ng hindi bababa sa 8 character. Mas mabuti ang apat o higit pang salita.',
  'caseForm.passphrase.mismatch': 'Hindi magkapareho ang dalawang passphrase.',
  'caseForm.strength.weak': 'Lakas: masyadong mahina.',
  'caseForm.strength.fair': 'Lakas: puwede na. Mas ligtas ang mas mahabang passphrase.',
  'caseForm.strength.strong': 'Lakas: mabuti.',

  'caseForm.persist.title': 'Itago ang mga draft sa phone na ito',
  'caseForm.persist.offHint': 'Puwedeng itago ang mga draft sa phone na ito, naka-lock gamit ang passphrase. Kung walang passphrase, walang makakabasa ng mga ito.',
  'caseForm.persist.start': 'Itago ang mga draft, naka-lock',
  'caseForm.persist.lockedHint': 'May mga naka-lock na draft sa phone na ito. Ilagay ang passphrase para buksan ang mga ito.',
  'caseForm.persist.unlock': 'Buksan ang mga draft',
  'caseForm.persist.unlocking': 'Binubuksan ang mga draft…',
  'caseForm.persist.on': 'Nakatago ang mga draft sa phone na ito, naka-lock gamit ang passphrase mo.',
  'caseForm.persist.keptAt': 'Huling naitago noong {time}.',
  'caseForm.persist.notKept': 'Maitatago ang kasong nasa screen kapag wala nang problema ang mga sagot nito.',
  'caseForm.persist.delete': 'Burahin lahat',
  'caseForm.persist.deleteConfirm': 'Buburahin nito ang lahat ng draft na nakatago sa phone na ito at lahat ng nasa screen. Hindi na ito maibabalik.',
  'caseForm.persist.deleteYes': 'Oo, burahin lahat',
  'caseForm.persist.cancel': 'Kanselahin',
  'caseForm.persist.deleted': 'Nabura na ang lahat.',
  'caseForm.persist.unavailable': 'Hindi kayang magtago ng draft ng browser na ito. Gumawa ng file para maitago ang trabaho mo.',
  'caseForm.persist.failed': 'Hindi naitago ang mga draft. Gumawa ng file para maitago ang trabaho mo.',
} as const;
