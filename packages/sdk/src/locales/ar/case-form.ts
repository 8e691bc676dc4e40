/** Arabic wording of <mr-case-form>. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'سجّل حالة عامل',
  'caseForm.intro': 'سجّل ما حدث لعامل، حتى تستطيع مجموعتك المساعدة والمناصرة. املأ الأجزاء بأي ترتيب.',
  'caseForm.privacy': 'ما تكتبه يبقى على هذا الهاتف. لا يُرسَل شيء. لا يُصنع ملف إلا عندما تضغط زرًا لصنعه.',
  'caseForm.dateHint': 'سنة (2024)، أو شهر (2024-03)، أو يوم (2024-03-15).',

  'caseForm.section.consent': 'الموافقة',
  'caseForm.hint.consent': 'اشرح للعامل ما ستكتبه، ومن سيراه، وأن من حقه أن يرفض. لا تكتب شيئًا دون موافقته.',

  'caseForm.field.consent.given': 'وافق العامل على أن أسجّل حالته',
  'caseForm.field.consent.scope': 'على ماذا وافق العامل؟',
  'caseForm.field.consent.givenOn': 'تاريخ موافقة العامل',
  'caseForm.consentContinue': 'تابع إلى الحالة',

  'caseForm.error.engineUnavailable': 'تعذّر تحميل جزء النموذج الذي يتحقّق من الحالات ويحفظها. تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى. لم يضِع شيء مما كتبته.',

  'caseForm.passphrase': 'عبارة المرور',
  'caseForm.passphraseAgain': 'اكتب عبارة المرور مرة أخرى',
  'caseForm.passphraseGuide': 'استخدم أربع كلمات أو أكثر لا يجمعها أحد غيرك. بدون أسماء أو تواريخ ميلاد. احتفظ بها في مكان آمن، بعيدًا عن هذا الهاتف: إذا ضاعت، لا يستطيع أحد فتح الملف، ولا حتى نحن.',
  'caseForm.passphrase.tooShort': 'استخدم 8 أحرف على الأقل. أربع كلمات أو أكثر أفضل.',
  'caseForm.passphrase.mismatch': 'عبارتا المرور غير متطابقتين.',
  'caseForm.strength.weak': 'القوة: ضعيفة جدًا.',
  'caseForm.strength.fair': 'القوة: مقبولة. عبارة مرور أطول أكثر أمانًا.',
  'caseForm.strength.strong': 'القوة: جيدة.',

  'caseForm.persist.title': 'احتفظ بالمسودات على هذا الهاتف',
  'caseForm.persist.offHint': 'يمكن الاحتفاظ بالمسودات على هذا الهاتف، مقفلة بعبارة مرور. بدون عبارة المرور لا يستطيع أحد قراءتها.',
  'caseForm.persist.start': 'احتفظ بالمسودات مقفلة',
  'caseForm.persist.lockedHint': 'المسودات المقفلة محفوظة على هذا الهاتف. اكتب عبارة المرور لفتحها.',
  'caseForm.persist.unlock': 'افتح المسودات',
  'caseForm.persist.unlocking': 'جارٍ فتح المسودات…',
  'caseForm.persist.on': 'المسودات محفوظة على هذا الهاتف، مقفلة بعبارة المرور الخاصة بك.',
  'caseForm.persist.keptAt': 'آخر حفظ في {time}.',
  'caseForm.persist.notKept': 'تُحفظ الحالة الظاهرة على الشاشة عندما لا يبقى في إجاباتها أي مشكلة.',
  'caseForm.persist.delete': 'احذف كل شيء',
  'caseForm.persist.deleteConfirm': 'هذا يحذف كل مسودة محفوظة على هذا الهاتف وكل ما على الشاشة. لا يمكن التراجع عن ذلك.',
  'caseForm.persist.deleteYes': 'نعم، احذف كل شيء',
  'caseForm.persist.cancel': 'إلغاء',
  'caseForm.persist.deleted': 'تم حذف كل شيء.',
  'caseForm.persist.unavailable': 'هذا المتصفح لا يستطيع الاحتفاظ بالمسودات. اصنع ملفًا للاحتفاظ بعملك.',
  'caseForm.persist.failed': 'لم نستطع الاحتفاظ بالمسودات. اصنع ملفًا للاحتفاظ بعملك.',
} as const;
