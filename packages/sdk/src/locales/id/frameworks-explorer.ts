/** Indonesian wording of <mr-frameworks-explorer>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'frameworksExplorer.title': 'Perjanjian tentang hak pekerja migran',
  'frameworksExplorer.intro': 'Lihat sebuah negara termasuk dalam kelompok negara mana saja dan perjanjian apa saja yang sudah ditandatanganinya. Atau pilih topik untuk melihat perjanjian tentang topik itu.',
  'frameworksExplorer.tabs': 'Anda ingin melihat dengan cara apa?',
  'frameworksExplorer.tab.country': 'Menurut negara',
  'frameworksExplorer.tab.topic': 'Menurut topik',

  'frameworksExplorer.field.country': 'Negara',
  'frameworksExplorer.field.date': 'Tanggal',
  'frameworksExplorer.hint.date': 'Kami menampilkan apa yang berlaku pada hari ini. Awalnya diisi tanggal hari ini.',
  'frameworksExplorer.field.topic': 'Topik',

  'frameworksExplorer.empty.country': 'Pilih negara untuk melihat posisinya.',
  'frameworksExplorer.empty.topic': 'Pilih topik untuk melihat perjanjian tentang topik itu.',
  'frameworksExplorer.status.country': 'Menampilkan {country} pada {date}.',
  'frameworksExplorer.status.topic': 'Menampilkan perjanjian tentang: {topic}.',

  'frameworksExplorer.topic.fees': 'Biaya perekrutan dan perekrutan yang adil',
  'frameworksExplorer.topic.wages': 'Gaji dan perlakuan yang setara',
  'frameworksExplorer.topic.pathways': 'Pengaduan dan akses ke keadilan',
  'frameworksExplorer.topic.protection': 'Perlindungan sosial dan portabilitas',
  'frameworksExplorer.topic.cases': 'Mendokumentasikan kekerasan dan kerja paksa',

  'frameworksExplorer.loading': 'Memuat perjanjian…',
  'frameworksExplorer.unavailable': 'Perjanjian tidak dapat dimuat. Periksa koneksi internet Anda, lalu coba lagi.',

  'frameworksExplorer.heading.country': '{country} pada {date}',
  'frameworksExplorer.section.roles': 'Kelompok negara yang diikutinya',
  'frameworksExplorer.section.conventions': 'Perjanjian internasional utama tentang pekerja migran',
  'frameworksExplorer.section.otherRatified': 'Perjanjian lain yang sudah diratifikasinya',
  'frameworksExplorer.section.upcoming': 'Pertemuan dan peninjauan yang akan datang',
  'frameworksExplorer.section.civilSociety': 'Tempat kelompok pekerja dan LSM bisa ikut serta',
  'frameworksExplorer.section.notes': 'Harap diperhatikan',
  'frameworksExplorer.section.instruments': 'Perjanjian dan pedoman tentang topik ini',
  'frameworksExplorer.section.gcm': 'Global Compact for Migration: tujuan tentang topik ini',

  'frameworksExplorer.role': 'Peran: {role}',
  'frameworksExplorer.disputed': 'Sumber-sumber berbeda',
  'frameworksExplorer.noUpcoming': 'Sumber kami tidak mencatat pertemuan yang akan datang untuk kelompok-kelompok ini.',
  'frameworksExplorer.noCivilSociety': 'Sumber kami tidak mencatat cara bagi kelompok pekerja atau LSM untuk ikut serta dalam kelompok-kelompok ini.',
  'frameworksExplorer.organisations': 'Disebut dalam sumber: {names}',
  'frameworksExplorer.place': 'Tempat: {place}',
  'frameworksExplorer.host': 'Negara tuan rumah: {country}',
  'frameworksExplorer.partOf': 'Bagian dari: {process}',
  'frameworksExplorer.scope': 'Batasan: {scope}',
  'frameworksExplorer.act': '{act}: {period}',
  'frameworksExplorer.adopted': 'Disahkan: {date}',
  'frameworksExplorer.firstDated': 'Langkah pertama yang bertanggal: {date}',
  'frameworksExplorer.inForceFrom': 'Berlaku mulai: {date}',
  'frameworksExplorer.body': 'Disahkan oleh: {body}',
  'frameworksExplorer.gcmObjective': 'Tujuan {number}: {title}',
  'frameworksExplorer.plainHttp': 'Juga dikutip di alamat yang tidak aman (http), jadi tidak dijadikan tautan:',

  'frameworksExplorer.handOff.fee-checker': 'Periksa biaya yang sudah Anda bayar',
  'frameworksExplorer.handOff.wage-calculator': 'Hitung gaji yang belum dibayar',
  'frameworksExplorer.handOff.complaint-pathway': 'Cari tahu ke mana harus mengadu',
  'frameworksExplorer.handOff.social-protection': 'Periksa perlindungan sosial Anda',
  'frameworksExplorer.handOff.case-form': 'Catat apa yang terjadi',
} as const;
