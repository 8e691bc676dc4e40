/** Indonesian wording of <mr-forced-labour-screen>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'forcedLabour.title': 'Pertanyaan tentang perlakuan terhadap Anda di tempat kerja',
  'forcedLabour.intro.heading': 'Sebelum mulai',
  'forcedLabour.intro': 'Pertanyaan ini mencari tanda-tanda kerja paksa. Beberapa pertanyaan menyangkut hal yang berat. Jawab hanya yang ingin Anda jawab: Anda boleh melewati pertanyaan mana pun dan berhenti kapan saja.',
  'forcedLabour.privacy': 'Jawaban Anda tetap ada di perangkat ini. Tidak ada yang dikirim atau disimpan.',
  'forcedLabour.start': 'Mulai menjawab',
  'forcedLabour.part': 'Bagian {current} dari {total}',
  'forcedLabour.skipHint': 'Anda boleh tidak menjawab pertanyaan.',
  'forcedLabour.showResult': 'Lihat apa yang ditunjukkan jawaban saya',
  'forcedLabour.result.heading': 'Apa yang ditunjukkan jawaban Anda',
  'forcedLabour.answered': { other: 'Anda menjawab {count} dari {total} pertanyaan.' },
  'forcedLabour.present.heading': 'Tanda yang ditemukan',
  'forcedLabour.possible.heading': 'Kemungkinan tanda',
  'forcedLabour.other.heading': 'Tanda lain yang kami tanyakan',
  'forcedLabour.yourAnswer': '{question} Jawaban Anda: {answer}',
  'forcedLabour.fromFees': 'Dari pemeriksaan biaya Anda:',
  'forcedLabour.caveat.heading': 'Tolong dibaca',
  'forcedLabour.next.heading': 'Yang bisa Anda lakukan selanjutnya',
  'forcedLabour.sources.heading': 'Dari mana tanda-tanda ini berasal',
  'forcedLabour.clear': 'Hapus jawaban saya',
  'forcedLabour.cleared': 'Jawaban Anda sudah dihapus.',
  'forcedLabour.leave': 'Keluar cepat (menghapus jawaban)',
  'forcedLabour.change': 'Ubah jawaban saya',
  'forcedLabour.startOver': 'Mulai lagi',
} as const;
