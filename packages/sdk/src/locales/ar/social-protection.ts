/** Arabic wording of <mr-social-protection>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'هل أنت محميّ إذا مرضت أو أُصبت أو فقدت عملك؟',
  'socialProtection.intro':
    'اعرف ما يحميك حيث تعمل ومن بلدك الأصلي، في 9 مجالات: الرعاية الطبية، والأجر أثناء المرض، وفقدان العمل، والشيخوخة، وإصابات العمل، والأسرة، والأمومة، والعجز، ودعم الأسرة بعد الوفاة. "غير مشمول" تعني أننا لم نجد شيئًا يحميك.',

  'socialProtection.field.destination': 'البلد الذي تعمل فيه',
  'socialProtection.field.origin': 'بلدك الأصلي',
  'socialProtection.hint.origin': 'يمكنك ترك هذا فارغًا. إذا اخترته، نعرض لك أيضًا المساعدة التي يقدّمها بلدك الأصلي.',
  'socialProtection.option.noOrigin': 'لم يُختر',
  'socialProtection.field.compare': 'قارن ببلد آخر',
  'socialProtection.hint.compare': 'يمكنك ترك هذا فارغًا. اختر بلدًا ثانيًا لترى البلدين جنبًا إلى جنب.',
  'socialProtection.option.noCompare': 'بدون مقارنة',
  'socialProtection.field.category': 'نوع عملك',

  'socialProtection.empty': 'اختر البلد الذي تعمل فيه لترى الحماية المتاحة لك.',
  'socialProtection.loading': 'جارٍ تحميل لغتك…',
  'socialProtection.problems': 'لا نستطيع عرض الحماية بعد:',

  'socialProtection.category.general': 'شركة، أو محل، أو موقع بناء، أو مزرعة، أو مكان عمل آخر',
  'socialProtection.category.domestic': 'عامل أو عاملة منزلية (داخل منزل)',
  'socialProtection.categoryShort.general': 'عامل',
  'socialProtection.categoryShort.domestic': 'عامل منزلي',
  'socialProtection.heading.withOrigin': '{category} من {origin} يعمل في {destination}، بتاريخ {date}',
  'socialProtection.heading.destinationOnly': '{category} يعمل في {destination}، بتاريخ {date}',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    zero: '{category} من {origin} يعمل في {destination} له تغطية معروفة في كل مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    one: '{category} من {origin} يعمل في {destination} ليست له تغطية معروفة في مجال واحد من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    two: '{category} من {origin} يعمل في {destination} ليست له تغطية معروفة في مجالين من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    few: '{category} من {origin} يعمل في {destination} ليست له تغطية معروفة في {count} مجالات من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    many: '{category} من {origin} يعمل في {destination} ليست له تغطية معروفة في {count} مجالًا من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    other: '{category} من {origin} يعمل في {destination} ليست له تغطية معروفة في {count} من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
  },
  'socialProtection.gaps.destinationOnly': {
    zero: '{category} يعمل في {destination} له تغطية معروفة في كل مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    one: '{category} يعمل في {destination} ليست له تغطية معروفة في مجال واحد من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    two: '{category} يعمل في {destination} ليست له تغطية معروفة في مجالين من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    few: '{category} يعمل في {destination} ليست له تغطية معروفة في {count} مجالات من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    many: '{category} يعمل في {destination} ليست له تغطية معروفة في {count} مجالًا من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
    other: '{category} يعمل في {destination} ليست له تغطية معروفة في {count} من مجالات الحماية الاجتماعية الـ {total}: {branches}.',
  },
  'socialProtection.gaps.none': 'وجدنا بعض التغطية في كل مجال من مجالات الحماية الاجتماعية الـ {total}. تحقّق من الشروط أدناه: قد تكون التغطية جزئية.',
  'socialProtection.gaps.excluded': {
    zero: 'القانون لا يستبعد هذا العامل من أي من هذه المجالات.',
    one: 'في مجال واحد من هذه المجالات يستبعد القانون هذا العامل.',
    two: 'في مجالين من هذه المجالات يستبعد القانون هذا العامل.',
    few: 'في {count} مجالات من هذه المجالات يستبعد القانون هذا العامل.',
    many: 'في {count} مجالًا من هذه المجالات يستبعد القانون هذا العامل.',
    other: 'في {count} من هذه المجالات يستبعد القانون هذا العامل.',
  },
  'socialProtection.gaps.heading': 'حيث لا توجد تغطية معروفة',
  'socialProtection.gaps.onDate': 'الوضع بتاريخ {date}.',

  'socialProtection.verification.secondary': 'بعض هذه المعلومات من الأخبار أو من مصادر خبراء، وليست من نص القانون نفسه.',
  'socialProtection.verification.unverified': 'بعض هذه المعلومات غير مؤكَّدة. تحقّق منها مع جهة مساعدة أو محامٍ قبل أن تعتمد عليها.',

  // The matrix and the list
  'socialProtection.section.matrix': 'مجالًا بعد مجال',
  'socialProtection.matrix.caption': 'ما يحميك في كل مجال من مجالات الحماية الاجتماعية الـ 9',
  'socialProtection.column.branch': 'مجال الحماية',
  'socialProtection.column.destination': 'حيث تعمل: {country}',
  'socialProtection.column.origin': 'من بلدك الأصلي: {country}',
  'socialProtection.column.best': 'أفضل تغطية لديك',
  'socialProtection.best': 'أفضل تغطية لديك: {level}',
  'socialProtection.noCover': 'لا توجد تغطية معروفة',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(بالإنجليزية)',
  'socialProtection.until': 'حتى {date}.',
  'socialProtection.schemeNote': 'ملاحظة عن هذا النظام:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'مساعدات أخرى للعمال المهاجرين',
  'socialProtection.extras.hint': 'مساعدات ليست من المجالات الـ 9، مثل الأجور غير المدفوعة أو إعادة الجثمان إلى الوطن.',
  'socialProtection.extras.none': 'لم نجد مساعدات أخرى.',
  'socialProtection.section.agreements': 'اتفاقيات بين البلدان: الحفاظ على تغطيتك عندما تنتقل',
  'socialProtection.agreements.none': 'لم نجد اتفاقية تشمل هذين البلدين.',
  'socialProtection.parties': 'البلدان الأطراف: {countries}.',
  'socialProtection.partiesSource': 'من هي الأطراف:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} و{b} جنبًا إلى جنب',
  'socialProtection.compare.caption': 'أفضل تغطية في كل مجال، في {a} وفي {b}',
  'socialProtection.compare.column': 'في {country}',
  'socialProtection.compare.column.difference': 'متشابه أم مختلف؟',
  'socialProtection.compare.differs': 'مختلف',
  'socialProtection.compare.same': 'متشابه',
  'socialProtection.compare.summary': {
    zero: 'لا يوجد أي مجال مختلف بين {a} و{b} من أصل {total}.',
    one: 'مجال واحد من أصل {total} مختلف بين {a} و{b}.',
    two: 'مجالان من أصل {total} مختلفان بين {a} و{b}.',
    few: '{count} مجالات من أصل {total} مختلفة بين {a} و{b}.',
    many: '{count} مجالًا من أصل {total} مختلفة بين {a} و{b}.',
    other: '{count} من أصل {total} مجالات مختلفة بين {a} و{b}.',
  },
  'socialProtection.compare.allSame': 'التغطية متشابهة في {a} وفي {b} في كل المجالات الـ {total}.',
  'socialProtection.compare.withOrigin': 'أفضل تغطية تحسب أيضًا المساعدة من بلدك الأصلي ({origin}).',
  'socialProtection.compare.gaps': {
    zero: 'في {country}: لا يوجد أي مجال بلا تغطية معروفة.',
    one: 'في {country}: مجال واحد بلا تغطية معروفة.',
    two: 'في {country}: مجالان بلا تغطية معروفة.',
    few: 'في {country}: {count} مجالات بلا تغطية معروفة.',
    many: 'في {country}: {count} مجالًا بلا تغطية معروفة.',
    other: 'في {country}: {count} مجال بلا تغطية معروفة.',
  },
  'socialProtection.compare.extras': 'مساعدات أخرى في {country}',
  'socialProtection.compare.same.origin': 'المساعدة من بلدك الأصلي معروضة في الجدول أدناه.',

  // Copy and print
  'socialProtection.summary.sources': 'المصادر:',
  'socialProtection.summary.noKnownCover': 'لا توجد تغطية معروفة',
  'socialProtection.summary.where': 'حيث تعمل',
  'socialProtection.summary.home': 'من بلدك',
  'socialProtection.summary.best': 'الأفضل',
} as const;
