/**
 * Arabic wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'رسوم خدمة المكتب أو الوكيل',
  'fees.purpose.visa': 'التأشيرة',
  'fees.purpose.work-permit': 'تصريح العمل أو الإقامة',
  'fees.purpose.passport': 'جواز السفر',
  'fees.purpose.documents': 'أوراق أخرى (شهادة من الشرطة، ختم العقد، ترجمات)',
  'fees.purpose.government-registration': 'تسجيل حكومي أو موافقة على السفر',
  'fees.purpose.welfare-fund': 'صندوق رعاية',
  'fees.purpose.medical-exam': 'الفحص الطبي',
  'fees.purpose.insurance': 'التأمين',
  'fees.purpose.skills-test': 'اختبار مهارات أو لغة',
  'fees.purpose.training': 'تدريب أو توجيه',
  'fees.purpose.equipment': 'أدوات أو زي عمل أو معدات',
  'fees.purpose.air-ticket': 'تذكرة الطيران',
  'fees.purpose.local-travel': 'السفر داخل بلدك (إلى المقابلات أو التدريب أو المطار)',
  'fees.purpose.accommodation': 'مكان للإقامة أو طعام أثناء الانتظار',
  'fees.purpose.deposit': 'تأمين نقدي (عربون)',
  'fees.purpose.bond': 'سند أو ضمان',
  'fees.purpose.loan-repayment': 'سداد قرض',
  'fees.purpose.unofficial-payment': 'مال إضافي دون إيصال أو خدمة',
  'fees.purpose.other': 'شيء آخر',

  // Who was paid
  'fees.payee.recruitment-agency': 'مكتب الاستقدام',
  'fees.payee.sub-agent': 'وكيل فرعي أو وسيط (سمسار)',
  'fees.payee.employer': 'صاحب العمل',
  'fees.payee.government': 'جهة حكومية',
  'fees.payee.training-centre': 'مركز تدريب',
  'fees.payee.medical-centre': 'مركز طبي',
  'fees.payee.other': 'شخص آخر',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'عاملة أو عامل تنظيف منزل',
  'fees.occupation.baby-carer': 'مربية أطفال رضّع',
  'fees.occupation.elderly-carer': 'مقدّم رعاية لشخص مسن',
  'fees.occupation.cook': 'طبّاخ',
  'fees.occupation.family-driver': 'سائق لدى عائلة',
  'fees.occupation.gardener': 'بستاني',
  'fees.occupation.child-carer': 'مربية أطفال',
  'fees.occupation.cleaner': 'عامل نظافة',
  'fees.occupation.farm-plantation-worker': 'عامل في مزرعة',
  'fees.occupation.fishing-crew': 'بحّار على قارب صيد',
  'fees.occupation.construction': 'عامل بناء',
  'fees.occupation.manufacturing': 'عامل مصنع',
  'fees.occupation.hospitality': 'عامل في فندق أو مطعم أو محل',
  'fees.occupation.other': 'عمل آخر',

  // Kinds of workplace
  'fees.workerCategory.general': 'شركة، أو محل، أو موقع بناء، أو مزرعة، أو مكان عمل آخر',
  'fees.workerCategory.domestic': 'داخل منزل (عامل أو عاملة منزلية، مقدّم رعاية، سائق لدى عائلة)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'امرأة',
  'fees.workerSex.male': 'رجل',
} as const;
