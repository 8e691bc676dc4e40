/** Indonesian wording of <mr-social-protection>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'socialProtection.title': 'Apakah Anda terlindungi jika sakit, cedera atau kehilangan pekerjaan?',
  'socialProtection.intro':
    'Lihat apa yang melindungi Anda di negara tempat Anda bekerja dan dari negara asal Anda, dalam 9 bidang: perawatan kesehatan, gaji saat sakit, kehilangan pekerjaan, hari tua, kecelakaan kerja, keluarga, kehamilan dan melahirkan, cacat, dan bantuan setelah kematian. “Tidak dilindungi” berarti kami tidak menemukan apa pun yang melindungi Anda.',

  'socialProtection.field.destination': 'Negara tempat Anda bekerja',
  'socialProtection.field.origin': 'Negara asal Anda',
  'socialProtection.hint.origin': 'Boleh dikosongkan. Jika Anda memilihnya, kami juga menampilkan bantuan dari negara asal Anda.',
  'socialProtection.option.noOrigin': 'Tidak dipilih',
  'socialProtection.field.compare': 'Bandingkan dengan negara lain',
  'socialProtection.hint.compare': 'Boleh dikosongkan. Pilih negara kedua untuk melihat keduanya berdampingan.',
  'socialProtection.option.noCompare': 'Tidak dibandingkan',
  'socialProtection.field.category': 'Jenis pekerjaan Anda',

  'socialProtection.empty': 'Pilih negara tempat Anda bekerja untuk melihat perlindungan Anda.',
  'socialProtection.loading': 'Memuat bahasa Anda…',
  'socialProtection.problems': 'Kami belum bisa menampilkan perlindungannya:',

  'socialProtection.category.general': 'Perusahaan, toko, proyek bangunan, kebun atau tempat kerja lain',
  'socialProtection.category.domestic': 'Pekerja rumah tangga (di rumah)',
  'socialProtection.categoryShort.general': 'pekerja',
  'socialProtection.categoryShort.domestic': 'pekerja rumah tangga',
  'socialProtection.heading.withOrigin': 'Seorang {category} dari {origin} yang bekerja di {destination}, pada {date}',
  'socialProtection.heading.destinationOnly': 'Seorang {category} yang bekerja di {destination}, pada {date}',

  // The finding: the gaps summary at the top
  'socialProtection.gaps.withOrigin': {
    other: 'Seorang {category} dari {origin} yang bekerja di {destination} tidak punya perlindungan yang diketahui dalam {count} dari {total} bidang perlindungan sosial: {branches}.',
  },
  'socialProtection.gaps.destinationOnly': {
    other: 'Seorang {category} yang bekerja di {destination} tidak punya perlindungan yang diketahui dalam {count} dari {total} bidang perlindungan sosial: {branches}.',
  },
  'socialProtection.gaps.none': 'Kami menemukan perlindungan dalam setiap {total} bidang perlindungan sosial. Periksa syaratnya di bawah: perlindungan bisa hanya sebagian.',
  'socialProtection.gaps.excluded': { other: 'Dalam {count} dari bidang-bidang ini, hukum tidak mengikutsertakan pekerja ini.' },
  'socialProtection.gaps.heading': 'Bidang tanpa perlindungan yang diketahui',
  'socialProtection.gaps.onDate': 'Keadaan pada {date}.',

  'socialProtection.verification.secondary': 'Sebagian informasi ini berasal dari berita atau sumber ahli, bukan dari teks undang-undangnya sendiri.',
  'socialProtection.verification.unverified': 'Sebagian informasi ini belum dipastikan. Tanyakan ke lembaga pendamping atau pengacara sebelum Anda mengandalkannya.',

  // The matrix and the list
  'socialProtection.section.matrix': 'Per bidang',
  'socialProtection.matrix.caption': 'Apa yang melindungi Anda dalam setiap 9 bidang perlindungan sosial',
  'socialProtection.column.branch': 'Bidang perlindungan',
  'socialProtection.column.destination': 'Tempat Anda bekerja: {country}',
  'socialProtection.column.origin': 'Dari negara asal Anda: {country}',
  'socialProtection.column.best': 'Perlindungan terbaik yang Anda punya',
  'socialProtection.best': 'Perlindungan terbaik yang Anda punya: {level}',
  'socialProtection.noCover': 'Tidak ada perlindungan yang diketahui',
  'socialProtection.itemLevel': '{scheme}: {level}',
  'socialProtection.untranslated': '(dalam bahasa Inggris)',
  'socialProtection.until': 'Sampai {date}.',
  'socialProtection.schemeNote': 'Catatan tentang program ini:',

  // Protection outside the nine areas, and agreements
  'socialProtection.section.extras': 'Bantuan lain untuk pekerja migran',
  'socialProtection.extras.hint': 'Bantuan yang tidak termasuk 9 bidang itu, misalnya gaji yang belum dibayar atau pemulangan jenazah.',
  'socialProtection.extras.none': 'Kami tidak menemukan bantuan lain.',
  'socialProtection.section.agreements': 'Perjanjian antarnegara: perlindungan Anda tetap berlaku saat Anda pindah',
  'socialProtection.agreements.none': 'Kami tidak menemukan perjanjian yang mencakup negara-negara ini.',
  'socialProtection.parties': 'Negara yang menjadi pihak: {countries}.',
  'socialProtection.partiesSource': 'Siapa saja pihaknya:',

  // Comparing two destinations
  'socialProtection.section.compare': '{a} dan {b} berdampingan',
  'socialProtection.compare.caption': 'Perlindungan terbaik di setiap bidang, di {a} dan di {b}',
  'socialProtection.compare.column': 'Di {country}',
  'socialProtection.compare.column.difference': 'Sama atau berbeda?',
  'socialProtection.compare.differs': 'Berbeda',
  'socialProtection.compare.same': 'Sama',
  'socialProtection.compare.summary': {
    other: '{count} dari {total} bidang berbeda antara {a} dan {b}.',
  },
  'socialProtection.compare.allSame': 'Perlindungan di {a} dan di {b} sama dalam semua {total} bidang.',
  'socialProtection.compare.withOrigin': 'Perlindungan terbaik juga menghitung bantuan dari negara asal Anda ({origin}).',
  'socialProtection.compare.gaps': { other: 'Di {country}: {count} bidang tanpa perlindungan yang diketahui.' },
  'socialProtection.compare.extras': 'Bantuan lain di {country}',
  'socialProtection.compare.same.origin': 'Bantuan dari negara asal Anda ditampilkan di tabel di bawah.',

  // Copy and print
  'socialProtection.summary.sources': 'Sumber:',
  'socialProtection.summary.noKnownCover': 'TIDAK ADA PERLINDUNGAN YANG DIKETAHUI',
  'socialProtection.summary.where': 'Tempat Anda bekerja',
  'socialProtection.summary.home': 'Dari negara asal',
  'socialProtection.summary.best': 'Terbaik',
} as const;
