/** Indonesian wording of <mr-case-form>: an intake form for community leaders documenting a worker's case. Drafted with care; not yet reviewed by a native speaker. First screen: consent and the drafts panel; the other parts' wording is in `case-form-parts.ts`. */
export const reviewed = false;

export default {
  'caseForm.title': 'Catat kasus seorang pekerja',
  'caseForm.intro': 'Catat apa yang terjadi pada seorang pekerja, supaya kelompok Anda bisa membantu dan berkampanye. Isi bagian-bagiannya dengan urutan mana saja.',
  'caseForm.privacy': 'Yang Anda ketik tetap ada di HP ini. Tidak ada yang dikirim. File hanya dibuat jika Anda menekan tombol untuk membuatnya.',
  'caseForm.dateHint': 'Tahun (2024), bulan (2024-03) atau hari (2024-03-15).',

  'caseForm.section.consent': 'Persetujuan',
  'caseForm.hint.consent': 'Jelaskan kepada pekerja apa yang akan Anda catat, siapa yang akan melihatnya, dan bahwa ia boleh menolak. Jangan mencatat apa pun tanpa persetujuannya.',

  'caseForm.field.consent.given': 'Pekerja setuju saya mencatat kasusnya',
  'caseForm.field.consent.scope': 'Pekerja menyetujui apa?',
  'caseForm.field.consent.givenOn': 'Tanggal pekerja memberi persetujuan',
  'caseForm.consentContinue': 'Lanjut ke kasus',

  'caseForm.error.engineUnavailable': 'Bagian formulir yang memeriksa dan menyimpan kasus tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi. Tidak ada yang Anda tulis yang hilang.',

  'caseForm.passphrase': 'Frasa sandi',
  'caseForm.passphraseAgain': 'Ketik frasa sandi sekali lagi',
  'caseForm.passphraseGuide': 'Pakai empat kata atau lebih yang hanya Anda yang akan merangkainya. Jangan pakai nama atau tanggal lahir. Simpan di tempat aman, jauh dari HP ini: jika hilang, tidak ada yang bisa membuka file itu, kami pun tidak.',
  'caseForm.passphrase.tooShort': 'Pakai paling sedikit 8 karakter. Empat kata atau lebih lebih baik.',
  'caseForm.passphrase.mismatch': 'Kedua frasa sandi tidak sama.',
  'caseForm.strength.weak': 'Kekuatan: terlalu lemah.',
  'caseForm.strength.fair': 'Kekuatan: cukup. Frasa sandi yang lebih panjang lebih aman.',
  'caseForm.strength.strong': 'Kekuatan: baik.',

  'caseForm.persist.title': 'Simpan draf di HP ini',
  'caseForm.persist.offHint': 'Draf bisa disimpan di HP ini, dikunci dengan frasa sandi. Tanpa frasa sandi, tidak ada yang bisa membacanya.',
  'caseForm.persist.start': 'Simpan draf, terkunci',
  'caseForm.persist.lockedHint': 'Draf yang terkunci tersimpan di HP ini. Masukkan frasa sandi untuk membukanya.',
  'caseForm.persist.unlock': 'Buka draf',
  'caseForm.persist.unlocking': 'Sedang membuka draf…',
  'caseForm.persist.on': 'Draf tersimpan di HP ini, dikunci dengan frasa sandi Anda.',
  'caseForm.persist.keptAt': 'Terakhir disimpan pukul {time}.',
  'caseForm.persist.notKept': 'Kasus di layar baru disimpan setelah jawabannya tidak ada masalah.',
  'caseForm.persist.delete': 'Hapus semuanya',
  'caseForm.persist.deleteConfirm': 'Ini menghapus semua draf yang tersimpan di HP ini dan semua yang ada di layar. Tidak bisa dibatalkan.',
  'caseForm.persist.deleteYes': 'Ya, hapus semuanya',
  'caseForm.persist.cancel': 'Batal',
  'caseForm.persist.deleted': 'Semuanya sudah dihapus.',
  'caseForm.persist.unavailable': 'Browser ini tidak bisa menyimpan draf. Buat file untuk menyimpan pekerjaan Anda.',
  'caseForm.persist.failed': 'Draf tidak bisa disimpan. Buat file untuk menyimpan pekerjaan Anda.',
} as const;
