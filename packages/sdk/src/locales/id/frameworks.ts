/** Indonesian wording of the frameworks module: where a country sits in regional and global processes. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworks.error.country': 'Pilih negara.',
  'frameworks.error.date': 'Pilih tanggal.',
  'frameworks.error.topic': 'Pilih topik.',
  'frameworks.data.precision': 'Tanggal yang hanya berupa tahun atau bulan harus jatuh pada hari pertama atau terakhir dari masa itu.',
  'frameworks.data.party': 'Sebuah peran dimiliki oleh negara atau organisasi, tidak keduanya.',

  'frameworks.role.member': 'Anggota',
  'frameworks.role.observer': 'Pengamat',
  'frameworks.role.chair': 'Ketua',
  'frameworks.role.co-chair': 'Ketua bersama',
  'frameworks.role.participant': 'Ikut serta',
  'frameworks.role.partner': 'Mitra',
  'frameworks.role.focus-country': 'Negara fokus',

  'frameworks.kind.rcp': 'Proses konsultasi regional',
  'frameworks.kind.regional-body': 'Badan regional',
  'frameworks.kind.regional-forum': 'Forum regional',
  'frameworks.kind.global-forum': 'Forum global',
  'frameworks.kind.compact': 'Kesepakatan global (compact)',

  'frameworks.instrumentKind.convention': 'Konvensi (mengikat negara yang meratifikasinya)',
  'frameworks.instrumentKind.protocol': 'Protokol (mengikat negara yang meratifikasinya)',
  'frameworks.instrumentKind.declaration': 'Deklarasi (komitmen politik)',
  'frameworks.instrumentKind.consensus': 'Konsensus (komitmen politik)',
  'frameworks.instrumentKind.compact': 'Kesepakatan atau compact (komitmen politik)',
  'frameworks.instrumentKind.guideline': 'Pedoman',

  'frameworks.topic.fees': 'Biaya perekrutan dan perekrutan yang adil',
  'frameworks.topic.wages': 'Gaji dan perlakuan yang setara',
  'frameworks.topic.pathways': 'Pengaduan dan akses ke keadilan',
  'frameworks.topic.protection': 'Perlindungan sosial dan portabilitas',
  'frameworks.topic.cases': 'Mendokumentasikan kekerasan dan kerja paksa',

  'frameworks.civilSociety.working-group': 'Masyarakat sipil pernah ikut dalam kelompok kerjanya.',
  'frameworks.civilSociety.observer': 'Masyarakat sipil bisa hadir sebagai pengamat.',
  'frameworks.civilSociety.forum': 'Organisasi masyarakat sipil ikut dalam forum ini.',
  'frameworks.civilSociety.principle': 'Prinsip-prinsip dasarnya meminta seluruh lapisan masyarakat ikut serta.',
  'frameworks.civilSociety.current': 'Terbuka pada tanggal ini.',
  'frameworks.civilSociety.precedent': 'Ini pernah terjadi; ini menunjukkan satu jalan masuk, bukan kursi tetap.',

  'frameworks.eventKind.review-forum': 'Forum peninjauan',
  'frameworks.eventKind.summit': 'KTT (pertemuan puncak)',
  'frameworks.eventKind.ministerial': 'Pertemuan tingkat menteri',
  'frameworks.eventKind.officials-meeting': 'Pertemuan pejabat',
  'frameworks.eventKind.working-group': 'Pertemuan kelompok kerja',
  'frameworks.eventKind.forum': 'Forum',
  'frameworks.eventKind.conference': 'Konferensi',

  'frameworks.timing.past': 'Sudah diadakan',
  'frameworks.timing.upcoming': 'Akan datang',
  'frameworks.timing.ongoing': 'Sedang berlangsung',
  'frameworks.timing.uncertain': 'Dijadwalkan pada masa ini; tanggal pastinya tidak diketahui, jadi mungkin sudah berlangsung.',

  'frameworks.certainty.certain': 'Berlaku pada tanggal ini.',
  'frameworks.certainty.period': 'Sumber kami hanya menyebut tahun atau bulan, jadi ini mungkin belum berlaku tepat pada tanggal ini.',

  'frameworks.ratification.ratified': 'Sudah diratifikasi',
  'frameworks.ratification.signed': 'Sudah ditandatangani, belum diratifikasi',
  'frameworks.ratification.recalled-ratified': 'Kemungkinan sudah diratifikasi, tetapi kami tidak menemukan sumber atau tanggalnya. Periksa dulu sebelum mengandalkannya.',
  'frameworks.ratification.ratified-later': 'Belum diratifikasi pada tanggal ini; diratifikasi kemudian.',
  'frameworks.ratification.not-recorded': 'Tidak ada ratifikasi yang tercatat dalam sumber kami',

  'frameworks.finding.none-found': 'Penelitian tidak menemukan ratifikasi oleh negara ini.',
  'frameworks.finding.recalled-ratified': 'Diingat sebagai sudah diratifikasi, tanpa sumber.',

  'frameworks.conflict.membership': 'Sumber-sumber berbeda soal posisi negara ini dalam proses ini. Kedua versi ditampilkan.',

  'frameworks.note.noRoleRecorded': 'Sumber kami tidak mencatat peran apa pun untuk negara ini dalam proses-proses ini pada tanggal ini.',
  'frameworks.note.notRecordedMeansUnknown': '“Tidak tercatat” berarti sumber kami tidak menyebutnya. Itu tidak berarti negara itu belum meratifikasi. Periksa database NORMLEX milik ILO.',
  'frameworks.note.editorialTopics': 'Kami menghubungkan komitmen-komitmen ini dengan topik ini supaya Anda mudah menemukannya. Ini bukan penggolongan hukum.',

  'frameworks.period.since': 'Sejak {from}',
  'frameworks.period.reportedSince': 'Dilaporkan sejak {from} (mungkin dimulai lebih awal)',
  'frameworks.period.between': '{from} sampai {to}',
  'frameworks.period.reportedBetween': 'Dilaporkan {from} sampai {to} (mungkin dimulai lebih awal)',
  'frameworks.period.on': '{from}',

  'frameworks.act.ratification': 'Ratifikasi',
  'frameworks.act.signature': 'Penandatanganan',
} as const;
