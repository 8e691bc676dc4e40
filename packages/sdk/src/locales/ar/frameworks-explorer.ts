/** Arabic wording of <mr-frameworks-explorer>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'اتفاقيات حول حقوق العمال المهاجرين',
  'frameworksExplorer.intro': 'اعرف إلى أي مجموعات من البلدان ينتمي بلد ما، وما الاتفاقيات التي وقّعها. أو اختر موضوعًا لترى الاتفاقيات المتعلقة به.',
  'frameworksExplorer.tabs': 'كيف تريد أن تبحث؟',
  'frameworksExplorer.tab.country': 'حسب البلد',
  'frameworksExplorer.tab.topic': 'حسب الموضوع',

  'frameworksExplorer.field.country': 'البلد',
  'frameworksExplorer.field.date': 'التاريخ',
  'frameworksExplorer.hint.date': 'نعرض ما كان قائمًا في هذا اليوم. يبدأ بتاريخ اليوم.',
  'frameworksExplorer.field.topic': 'الموضوع',

  'frameworksExplorer.empty.country': 'اختر بلدًا لترى موقفه.',
  'frameworksExplorer.empty.topic': 'اختر موضوعًا لترى الاتفاقيات المتعلقة به.',
  'frameworksExplorer.status.country': 'نعرض {country} بتاريخ {date}.',
  'frameworksExplorer.status.topic': 'نعرض الاتفاقيات حول: {topic}.',

  'frameworksExplorer.topic.fees': 'رسوم الاستقدام والاستقدام العادل',
  'frameworksExplorer.topic.wages': 'الأجور والمساواة في المعاملة',
  'frameworksExplorer.topic.pathways': 'الشكاوى والوصول إلى العدالة',
  'frameworksExplorer.topic.protection': 'الحماية الاجتماعية ونقل الحقوق بين البلدان',
  'frameworksExplorer.topic.cases': 'توثيق الإساءة والعمل الجبري',

  'frameworksExplorer.loading': 'جارٍ تحميل الاتفاقيات…',
  'frameworksExplorer.unavailable': 'تعذّر تحميل الاتفاقيات. تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.',

  'frameworksExplorer.heading.country': '{country} بتاريخ {date}',
  'frameworksExplorer.section.roles': 'مجموعات البلدان التي يشارك فيها',
  'frameworksExplorer.section.conventions': 'أهم المعاهدات الدولية حول عمل المهاجرين',
  'frameworksExplorer.section.otherRatified': 'معاهدات أخرى صادق عليها',
  'frameworksExplorer.section.upcoming': 'اجتماعات ومراجعات قادمة',
  'frameworksExplorer.section.civilSociety': 'أين يمكن لمجموعات العمال والمنظمات غير الحكومية أن تشارك',
  'frameworksExplorer.section.notes': 'يرجى الانتباه',
  'frameworksExplorer.section.instruments': 'اتفاقيات وإرشادات حول هذا الموضوع',
  'frameworksExplorer.section.gcm': 'الميثاق العالمي للهجرة: أهداف حول هذا الموضوع',

  'frameworksExplorer.role': 'الدور: {role}',
  'frameworksExplorer.disputed': 'المصادر مختلفة',
  'frameworksExplorer.noUpcoming': 'مصادرنا لا تسجّل أي اجتماعات قادمة لهذه المجموعات.',
  'frameworksExplorer.noCivilSociety': 'مصادرنا لا تسجّل أي طريقة لمشاركة مجموعات العمال أو المنظمات غير الحكومية في هذه المجموعات.',
  'frameworksExplorer.organisations': 'مذكورة في المصادر: {names}',
  'frameworksExplorer.place': 'المكان: {place}',
  'frameworksExplorer.host': 'البلد المضيف: {country}',
  'frameworksExplorer.partOf': 'جزء من: {process}',
  'frameworksExplorer.scope': 'الحدود: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'تاريخ الاعتماد: {date}',
  'frameworksExplorer.firstDated': 'أول خطوة مؤرَّخة: {date}',
  'frameworksExplorer.inForceFrom': 'سارية منذ: {date}',
  'frameworksExplorer.body': 'اعتمدتها: {body}',
  'frameworksExplorer.gcmObjective': 'الهدف {number}: {title}',
  'frameworksExplorer.plainHttp': 'مذكورة أيضًا على عنوان غير آمن (http)، لذلك ليست رابطًا:',

  'frameworksExplorer.handOff.fee-checker': 'افحص الرسوم التي دفعتها',
  'frameworksExplorer.handOff.wage-calculator': 'احسب الأجور غير المدفوعة',
  'frameworksExplorer.handOff.complaint-pathway': 'اعرف أين تقدّم شكوى',
  'frameworksExplorer.handOff.social-protection': 'افحص حمايتك الاجتماعية',
  'frameworksExplorer.handOff.case-form': 'اكتب ما حدث',
} as const;
