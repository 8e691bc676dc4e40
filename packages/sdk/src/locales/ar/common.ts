/** Arabic wording of input problems. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'error.required': 'يرجى ملء هذا الحقل.',
  'error.invalid': 'هذا لا يبدو صحيحًا. يرجى التحقق منه.',
  'error.tooSmall': 'هذا صغير جدًا. يجب أن يكون {minimum} على الأقل.',
  'error.tooBig': 'هذا كبير جدًا. يجب ألا يزيد عن {maximum}.',
  'error.format': 'هذا ليس بالشكل المطلوب. يرجى التحقق منه.',
  'error.choice': 'يرجى اختيار أحد الخيارات.',
  'error.date': 'اكتب تاريخًا صحيحًا، مثل 2025-03-31.',
  'error.endBeforeStart': 'اليوم الأخير قبل اليوم الأول. يرجى التحقق من التاريخين.',
  'error.negative': 'لا يمكن أن يكون هذا أقل من صفر.',
  'error.currencyMismatch': 'استخدم {expected}، عملة البلد الذي تعمل فيه (وليس {got}).',
  'error.hoursImpossible': 'هذه ساعات أكثر مما في الفترة كلها (الحد الأقصى {maximum} ساعة).',
  'error.countryNotCovered': 'لا نغطي هذا البلد بعد.',
  'error.periodTooLong': 'الفترة طويلة جدًا. يجب أن تكون أقل من {years} سنوات.',
  'error.outsidePeriod': 'هذا الشهر خارج الفترة التي أدخلتها (من {from} إلى {to}).',
} as const;
