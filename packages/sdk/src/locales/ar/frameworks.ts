/** Arabic wording of the frameworks module. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'اختر بلدًا.',
  'frameworks.error.date': 'اختر تاريخًا.',
  'frameworks.error.topic': 'اختر موضوعًا.',
  'frameworks.data.precision': 'التاريخ المعطى بالسنة أو بالشهر فقط يجب أن يقع في أول يوم أو آخر يوم من تلك الفترة.',
  'frameworks.data.party': 'الدور يعود إلى بلد أو إلى منظمة، وليس إلى الاثنين معًا.',

  'frameworks.role.member': 'عضو',
  'frameworks.role.observer': 'مراقب',
  'frameworks.role.chair': 'رئيس',
  'frameworks.role.co-chair': 'رئيس مشارك',
  'frameworks.role.participant': 'شارك',
  'frameworks.role.partner': 'شريك',
  'frameworks.role.focus-country': 'بلد محوري',

  'frameworks.kind.rcp': 'عملية تشاورية إقليمية',
  'frameworks.kind.regional-body': 'هيئة إقليمية',
  'frameworks.kind.regional-forum': 'منتدى إقليمي',
  'frameworks.kind.global-forum': 'منتدى عالمي',
  'frameworks.kind.compact': 'ميثاق عالمي',

  'frameworks.instrumentKind.convention': 'اتفاقية (مُلزِمة للبلدان التي تصادق عليها)',
  'frameworks.instrumentKind.protocol': 'بروتوكول (مُلزِم للبلدان التي تصادق عليه)',
  'frameworks.instrumentKind.declaration': 'إعلان (التزام سياسي)',
  'frameworks.instrumentKind.consensus': 'توافق (التزام سياسي)',
  'frameworks.instrumentKind.compact': 'ميثاق (التزام سياسي)',
  'frameworks.instrumentKind.guideline': 'إرشادات',

  'frameworks.topic.fees': 'رسوم الاستقدام والاستقدام العادل',
  'frameworks.topic.wages': 'الأجور والمساواة في المعاملة',
  'frameworks.topic.pathways': 'الشكاوى والوصول إلى العدالة',
  'frameworks.topic.protection': 'الحماية الاجتماعية ونقل الحقوق بين البلدان',
  'frameworks.topic.cases': 'توثيق الإساءة والعمل الجبري',

  'frameworks.civilSociety.working-group': 'شارك المجتمع المدني في مجموعات العمل التابعة له.',
  'frameworks.civilSociety.observer': 'يمكن للمجتمع المدني الحضور بصفة مراقب.',
  'frameworks.civilSociety.forum': 'منظمات المجتمع المدني تشارك في هذا المنتدى.',
  'frameworks.civilSociety.principle': 'مبادئه التوجيهية تدعو إلى مشاركة المجتمع كله.',
  'frameworks.civilSociety.current': 'مفتوح في هذا التاريخ.',
  'frameworks.civilSociety.precedent': 'حدث هذا من قبل؛ وهو يبيّن طريقًا للمشاركة، وليس مقعدًا دائمًا.',

  'frameworks.eventKind.review-forum': 'منتدى مراجعة',
  'frameworks.eventKind.summit': 'قمة',
  'frameworks.eventKind.ministerial': 'اجتماع وزاري',
  'frameworks.eventKind.officials-meeting': 'اجتماع كبار المسؤولين',
  'frameworks.eventKind.working-group': 'اجتماع مجموعة عمل',
  'frameworks.eventKind.forum': 'منتدى',
  'frameworks.eventKind.conference': 'مؤتمر',

  'frameworks.timing.past': 'عُقد من قبل',
  'frameworks.timing.upcoming': 'قادم',
  'frameworks.timing.ongoing': 'يُعقد الآن',
  'frameworks.timing.uncertain': 'موعده في هذه الفترة؛ التواريخ الدقيقة غير معروفة، لذلك ربما عُقد بالفعل.',

  'frameworks.certainty.certain': 'قائم في هذا التاريخ.',
  'frameworks.certainty.period': 'مصادرنا تذكر السنة أو الشهر فقط، لذلك ربما لم يكن هذا ساريًا بعد في هذا التاريخ بالضبط.',

  'frameworks.ratification.ratified': 'تمت المصادقة',
  'frameworks.ratification.signed': 'تم التوقيع، ولم تتم المصادقة',
  'frameworks.ratification.recalled-ratified': 'تمت المصادقة على الأرجح، لكننا لم نجد مصدرًا أو تاريخًا. تحقّق قبل أن تعتمد على ذلك.',
  'frameworks.ratification.ratified-later': 'لم تكن المصادقة قد تمت في هذا التاريخ؛ تمت لاحقًا.',
  'frameworks.ratification.not-recorded': 'لا توجد مصادقة مسجّلة في مصادرنا',

  'frameworks.finding.none-found': 'لم يجد البحث أي مصادقة من هذا البلد.',
  'frameworks.finding.recalled-ratified': 'يُذكر أن المصادقة تمت، دون مصدر.',

  'frameworks.conflict.membership': 'المصادر مختلفة حول مكانة هذا البلد في هذه العملية. نعرض القراءتين.',

  'frameworks.note.noRoleRecorded': 'مصادرنا لا تسجّل أي دور لهذا البلد في هذه العمليات في هذا التاريخ.',
  'frameworks.note.notRecordedMeansUnknown': '"غير مسجّلة" تعني أن مصادرنا لا تذكر ذلك. ولا تعني أن البلد لم يصادق. تحقّق في قاعدة بيانات NORMLEX التابعة لمنظمة العمل الدولية.',
  'frameworks.note.editorialTopics': 'ربطنا هذه الالتزامات بهذا الموضوع لنساعدك في العثور عليها. هذا ليس تصنيفًا قانونيًا.',

  'frameworks.period.since': 'منذ {from}',
  'frameworks.period.reportedSince': 'مذكور منذ {from} (ربما بدأ قبل ذلك)',
  'frameworks.period.between': 'من {from} إلى {to}',
  'frameworks.period.reportedBetween': 'مذكور من {from} إلى {to} (ربما بدأ قبل ذلك)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'المصادقة',
  'frameworks.act.signature': 'التوقيع',
} as const;
