/** Indonesian wording of <mr-quick-exit>. Drafted with care; not yet reviewed by a native speaker. */
export const reviewed = false;

export default {
  'quickExit.button': 'Tinggalkan halaman ini',
  'quickExit.note': 'Menghapus yang Anda ketik di sini dan membuka halaman lain. Riwayat browser Anda tidak ikut terhapus.',
  'quickExit.noteWithShortcut': 'Atau tekan Esc dua kali. Menghapus yang Anda ketik di sini dan membuka halaman lain. Riwayat browser Anda tidak ikut terhapus.',
} as const;
