/**
 * Kampanye lapangan, the facilitator's pages: the sessions, the live dashboard and the verdicts in plain words
 * (docs/field.md). A file of its own so that it comes with those pages, not in a volunteer's first load.
 */
export const fieldManage = {
  'field.sessions.title': 'Sesi lapangan',
  'field.sessions.intro':
    'Satu sesi = satu tempat dan waktu, misalnya Car Free Day. Relawan gabung dengan kode sesi dan mencatat tanggapan publik dengan satu ketukan.',
  'field.sessions.empty': 'Belum ada sesi lapangan. Buat yang pertama di bawah.',
  'field.sessions.live': 'Dasbor langsung',
  'field.sessions.code': 'Kode gabung: {code}',
  'field.sessions.print': 'Cetak strip QR',
  'field.sessions.joinQr': 'QR untuk relawan',
  'field.form.title': 'Sesi baru',
  'field.form.name': 'Nama sesi',
  'field.form.place': 'Tempat',
  'field.form.starts': 'Mulai',
  'field.form.ends': 'Selesai',
  'field.form.timeZone': 'Zona waktu',
  'field.form.variants': 'Varian yang diuji (satu per baris)',
  'field.form.variantsHint': 'Poster atau pesan yang ditunjukkan ke publik, misalnya "Poster A".',
  'field.form.target': 'Tautan tujuan QR (opsional, satu per baris sesuai urutan varian)',
  'field.form.posters': 'Poster dari rencana kampanye',
  'field.form.postersHint': 'Poster yang dicentang menjadi varian, sebelum varian yang diketik di atas.',
  'field.form.campaign': 'Rencana kampanye',
  'field.form.campaignNone': 'Pilih rencana…',
  'field.form.extras': 'Tombol tambahan',
  'field.form.teams': 'Tim yang ikut',
  'field.form.retention': 'Simpan foto dan kutipan (hari)',
  'field.form.submit': 'Buat sesi',
  'field.form.created': 'Sesi dibuat.',
  'field.qr.join': 'Pindai untuk gabung sebagai relawan',
  'field.sessions.editNamed': 'Ubah sesi {name}',
  'field.form.editTitle': 'Ubah sesi: {name}',
  'field.form.changeHint':
    'Kode gabung {code} tidak berubah. Relawan yang sudah gabung menerima perubahan ini di HP mereka begitu ada sinyal, tanpa perlu gabung lagi.',
  'field.form.currentVariants': 'Varian sesi ini',
  'field.form.variantName': 'Varian {n}: nama',
  'field.form.variantTarget': 'Varian {n}: tautan tujuan QR (opsional)',
  'field.form.variantCampaign': 'Varian {n}: rencana kampanye',
  'field.form.variantPoster': 'Varian {n}: poster',
  'field.form.campaignUnlinked': 'Tanpa rencana kampanye',
  'field.form.posterNone': 'Tanpa poster',
  'field.form.removeVariant': 'Hapus varian {name}',
  'field.form.variantKept':
    'Sudah ada {count} catatan untuk varian ini. Namanya boleh diganti, tapi variannya tidak bisa dihapus.',
  'field.form.newVariants': 'Varian baru (satu per baris, opsional)',
  'field.form.extraKept':
    'Sudah ada catatan dengan tombol ini. Labelnya boleh diganti, tapi tombolnya tidak bisa dihapus.',
  'field.form.extraLabelId': '{name}: label bahasa Indonesia',
  'field.form.extraLabelEn': '{name}: label bahasa Inggris',
  'field.form.save': 'Simpan perubahan',
  'field.form.saved': 'Perubahan disimpan.',

  // Refusals of a session edit (field issues; the server and the form both translate them). A button is named
  // by both its labels, the reader's first: the refusal is made before anyone knows the reader's language.
  'rule.variant_has_tallies':
    'Varian "{name}" sudah punya catatan atau pindaian QR, jadi tidak bisa dihapus. Namanya tetap boleh diganti.',
  'rule.outcome_has_tallies':
    'Tombol "{label_id}" / "{label_en}" sudah punya catatan, jadi tidak bisa dihapus. Labelnya tetap boleh diganti.',
  'rule.team_has_tallies':
    'Tim "{name}" sudah punya catatan di sesi ini, jadi tidak bisa dikeluarkan dari sesi.',

  'field.live.title': 'Langsung: {name}',
  'field.live.total': 'Total tanggapan',
  'field.live.outcomes': 'Tanggapan',
  'field.live.variants': 'Per varian',
  'field.live.teams': 'Per tim',
  'field.live.hours': 'Per jam',
  'field.live.leaderboard': 'Relawan teraktif',
  'field.live.quotes': 'Kata mereka',
  'field.live.photos': 'Foto',
  'field.live.flags': 'Perlu dicek',
  'field.live.flag':
    '{volunteer}: {tallies} catatan dalam {seconds} detik ({rate} per menit). Bisa jujur (rombongan), bisa juga salah ketuk.',
  'field.live.connected': 'Tersambung',
  'field.live.reconnecting': 'Menyambung ulang…',
  'field.live.fullscreen': 'Layar penuh',
  'field.live.empty': 'Belum ada catatan. Bagikan kode {code} ke relawan.',
  'field.live.share': '{share} {outcome}',
  'field.live.noTeam': 'Tanpa tim',
  'field.live.range': 'kisaran {low}–{high}',

  'field.verdict.no_comparison':
    'Belum ada yang bisa dibandingkan: baru {variants} varian yang punya catatan.',
  'field.verdict.too_few':
    'Data belum cukup: {variant} baru punya {n} catatan. Perbandingan dimulai dari {min} catatan per varian.',
  'field.verdict.too_close':
    'Belum ada yang unggul. {leader} sedikit di depan ({share} {outcome}, kisaran {low}–{high}), tetapi peluang bahwa ia memang yang terbaik baru {probability}: selisih sekecil ini bisa saja kebetulan.',
  'field.verdict.likely_leader':
    '{leader} kemungkinan besar paling mengena: {share} {outcome} (kisaran {low}–{high}), dibanding {runner_up_share} untuk {runner_up}. Peluang bahwa {leader} memang yang terbaik: {probability}. Beberapa catatan lagi akan memastikannya.',
  'field.verdict.clear_leader':
    '{leader} jelas paling mengena: {share} {outcome} (kisaran {low}–{high}), dibanding {runner_up_share} untuk {runner_up}. Peluang bahwa {leader} memang yang terbaik: {probability}.',
  'field.test.differs':
    'Tanggapan publik berbeda antar varian (uji khi-kuadrat, {p}): perbedaan sebesar ini jarang muncul karena kebetulan.',
  'field.test.no_evidence': 'Belum terbukti tanggapan publik berbeda antar varian (uji khi-kuadrat, {p}).',
  'field.test.small_expected':
    'Beberapa kelompok masih berisi sangat sedikit catatan, jadi angka p ini hanya perkiraan kasar.',
} as const;
