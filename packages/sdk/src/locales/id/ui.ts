/** Indonesian wording of the shared widget text: navigation, privacy, provenance. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'ui.translationDraft': 'Terjemahan ini masih draf dan belum diperiksa penutur asli. Bagian yang belum diterjemahkan ditampilkan dalam bahasa Inggris.',
  'ui.progress': 'Kemajuan',
  'ui.stepOf': 'Langkah {current} dari {total}',
  'ui.fixErrors': {
    other: 'Tolong perbaiki {count} jawaban di bawah.',
  },
  'ui.back': 'Kembali',
  'ui.next': 'Lanjut',
  'ui.choose': 'Pilih…',
  'ui.privacy': 'Apa yang Anda ketik tetap ada di perangkat ini. Tidak ada yang dikirim atau disimpan.',
  'ui.howCalculated': 'Cara kami menghitungnya',
  'ui.print': 'Cetak atau simpan sebagai PDF',
  'ui.copy': 'Salin ringkasan',
  'ui.copied': 'Ringkasan sudah disalin. Tidak ada nama di dalamnya.',
  'ui.startOver': 'Mulai lagi (hapus semua)',
  'ui.loadingData': 'Memuat informasi untuk negara yang Anda pilih…',
  'ui.tryAgain': 'Coba lagi',
  'error.dataUnavailable': 'Aturan untuk negara ini tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',
  'provenance.official': 'Sudah dicek dengan sumber resmi.',
  'provenance.secondary': 'Dari berita atau sumber ahli. Belum dicek dengan teks resmi undang-undang.',
  'provenance.unverified': 'Belum dipastikan: kami tidak menemukan sumber yang bisa dipercaya. Tanyakan ke pengacara atau lembaga pendamping sebelum memakainya.',
  'provenance.note': 'Catatan tentang sumber:',
  'provenance.inForceSince': 'Berlaku sejak {date}.',
  'provenance.source': 'Sumber:',
  'provenance.noSource': 'Belum ada sumber yang ditemukan.',
  'error.amount': 'Tulis jumlah dengan angka saja, tanpa titik ribuan. Contoh: 1500, atau 1500.50 jika ada sen.',
  'error.hours': 'Tulis jumlah jam, misalnya 20 atau 7.5.',
  'error.month': 'Pilih bulannya.',
  'error.rate': 'Tulis kurs dengan angka, misalnya 36.5.',
} as const;
