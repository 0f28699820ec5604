/**
 * Caption checks: the warnings with their numbers, and for every check what it measures, why it matters
 * for a union's post and how to fix it (Bahasa Indonesia, the source catalogue). The same texts, longer,
 * are in docs/caption-checks.md.
 */
export const caption = {
  'caption.heuristic': 'Perkiraan kasar (heuristik), bukan ukuran pasti.',
  'caption.platform.instagram': 'Instagram',
  'caption.platform.tiktok': 'TikTok',
  'caption.platform.facebook': 'Facebook',
  'caption.kind.phone': 'nomor telepon',
  'caption.kind.nik': 'nomor mirip NIK',
  'caption.kind.email': 'alamat email',

  'caption.too_long.title': 'Panjang keterangan',
  'caption.too_long.what':
    'Jumlah karakter seluruh keterangan (emoji dihitung per titik kode, seperti platform), dibandingkan dengan batas platform: Instagram 2.200, TikTok 4.000, Facebook 63.206.',
  'caption.too_long.message': 'Keterangan {length} karakter, batas {platform} {limit}.',
  'caption.too_long.why':
    'Platform menolak atau memotong keterangan yang melewati batas, dan pesan penting di bagian akhir (ajakan, tautan, kontak) hilang.',
  'caption.too_long.fix':
    'Pangkas ke pesan utama: satu gagasan, satu ajakan. Pindahkan penjelasan panjang ke komentar pertama, utas, atau halaman di tautan bio.',

  'caption.long_first_line.title': 'Baris pertama',
  'caption.long_first_line.what':
    'Panjang baris pertama dalam karakter: teks sampai jeda baris pertama (atau seluruh keterangan bila tidak ada jeda). Instagram hanya menampilkan sekitar 125 karakter sebelum "selengkapnya".',
  'caption.long_first_line.message':
    'Baris pertama {length} karakter; pembaca hanya melihat sekitar {limit} karakter sebelum "selengkapnya".',
  'caption.long_first_line.why':
    'Kebanyakan orang hanya membaca baris pertama sambil menggulir. Kalau pesan intinya terpotong, mereka tidak tahu kenapa harus peduli.',
  'caption.long_first_line.fix':
    'Taruh inti pesan dan alasan untuk peduli di kalimat pertama, di bawah 125 karakter, lalu beri jeda baris.',

  'caption.too_many_hashtags.title': 'Tagar terlalu banyak',
  'caption.too_many_hashtags.what':
    'Jumlah tagar berbeda (# diikuti huruf, angka, atau garis bawah; tagar yang sama hanya dihitung sekali).',
  'caption.too_many_hashtags.message': '{count} tagar: Instagram menolak lebih dari {limit}.',
  'caption.too_many_hashtags.why':
    'Instagram tidak menerbitkan keterangan dengan lebih dari 30 tagar; unggahan gagal atau keterangannya hilang.',
  'caption.too_many_hashtags.fix':
    'Pilih paling banyak 3–5 tagar: satu tagar kampanye, satu tagar organisasi, dan satu atau dua tagar isu yang memang dicari orang.',

  'caption.many_hashtags.title': 'Tagar berlebihan',
  'caption.many_hashtags.what': 'Lebih dari 5 tagar berbeda dalam satu keterangan.',
  'caption.many_hashtags.message': '{count} tagar; lebih dari {limit} terbaca sebagai kebisingan.',
  'caption.many_hashtags.why':
    'Deretan tagar panjang terlihat seperti spam, menenggelamkan pesan, dan tidak menambah jangkauan.',
  'caption.many_hashtags.fix':
    'Simpan 3–5 tagar yang paling penting. Tagar kampanye yang sama dipakai terus, agar orang bisa mengikutinya.',

  'caption.no_cta.title': 'Ajakan bertindak',
  'caption.no_cta.what':
    'Apakah ada kata atau frasa ajakan dari daftar Indonesia dan Inggris (ayo, yuk, dukung, bagikan, tanda tangani, ikuti, gabung, daftar, klik, link di bio; join, sign, share, follow, register, donate…), utuh sebagai kata, huruf besar atau kecil, juga dengan -lah (dukunglah).',
  'caption.no_cta.message': 'Tidak ada ajakan bertindak (misalnya: ayo, dukung, bagikan, tanda tangani).',
  'caption.no_cta.why':
    'Unggahan kampanye yang tidak meminta apa pun hanya dibaca lalu dilupakan. Ajakan yang jelas mengubah simpati menjadi dukungan yang bisa dihitung.',
  'caption.no_cta.fix':
    'Tutup dengan satu ajakan yang jelas dan mudah: "Tanda tangani petisinya di link bio", "Bagikan ke grup WhatsApp kerjamu", "Gabung serikat: daftar di …".',

  'caption.jargon.title': 'Istilah dan singkatan',
  'caption.jargon.what':
    'Istilah dari daftar jargon (mis. Just Transition, FoA, ILO C87, omnibus, tripartit, UMP, UMK, ditambah daftar program) dan singkatan huruf besar yang tidak umum, yang tidak dijelaskan di keterangan.',
  'caption.jargon.message': 'Istilah atau singkatan yang belum dijelaskan: {terms}.',
  'caption.jargon.why':
    'Istilah serikat dan singkatan yang akrab bagi pengurus asing bagi publik; pembaca yang tidak paham akan berhenti membaca.',
  'caption.jargon.fix':
    'Pakai kata sehari-hari, atau jelaskan sekali saat pertama muncul: "Upah Minimum Provinsi (UMP)" atau "UMP (upah minimum provinsi)".',

  'caption.long_sentences.title': 'Keterbacaan',
  'caption.long_sentences.what':
    'Perkiraan: rata-rata kata per kalimat, suku kata per kata (dihitung dari huruf vokal), dan jumlah kalimat lebih dari 25 kata. Kalimat berakhir di . ! ? … atau jeda baris.',
  'caption.long_sentences.message': 'Kalimat lebih dari {limit} kata: {count}.',
  'caption.long_sentences.why':
    'Kalimat panjang sulit dibaca di layar ponsel; pembaca kehilangan pokoknya sebelum kalimat selesai.',
  'caption.long_sentences.fix':
    'Pecah menjadi kalimat pendek, satu gagasan per kalimat. Sasaran kasar: rata-rata di bawah 15 kata per kalimat.',

  'caption.shouting.title': 'Huruf besar semua',
  'caption.shouting.what':
    'Kata berhuruf besar semua (4 huruf atau lebih) yang lebih dari 30% dari semua kata, atau 3 kata berhuruf besar atau lebih berturut-turut. Singkatan tidak dihitung.',
  'caption.shouting.message':
    'Terlalu banyak HURUF BESAR: {words} kata ({share}% dari semua kata), paling banyak {run} berturut-turut.',
  'caption.shouting.why':
    'Huruf besar semua terbaca seperti berteriak, lebih sulit dibaca, dan membuat pesan terlihat marah atau seperti spam.',
  'caption.shouting.fix':
    'Tulis dengan huruf biasa. Untuk penekanan, pakai satu kata saja, atau taruh seruannya di poster, bukan di keterangan.',

  'caption.emoji_heavy.title': 'Emoji',
  'caption.emoji_heavy.what':
    'Jumlah emoji (bendera dan emoji gabungan dihitung satu) dan kepadatannya per 100 kata. Ditandai bila ada 5 emoji atau lebih dan lebih dari 15 per 100 kata.',
  'caption.emoji_heavy.message': '{count} emoji, {density} per 100 kata.',
  'caption.emoji_heavy.why':
    'Beberapa emoji membantu nada dan memecah teks; terlalu banyak membuat pesan sulit dibaca dan dibacakan pembaca layar dengan bertele-tele.',
  'caption.emoji_heavy.fix':
    'Sisakan emoji yang menambah arti (misalnya 📍 untuk tempat, 🕙 untuk jam). Jangan ganti kata penting dengan emoji.',

  'caption.personal_data.title': 'Data pribadi',
  'caption.personal_data.what':
    'Kemungkinan data pribadi: nomor telepon Indonesia (08…, +62…, 62…, juga di tautan wa.me), deret 16 angka yang mirip NIK, dan alamat email.',
  'caption.personal_data.message':
    'Mungkin ada data pribadi ({count}: {kinds}). Pastikan pemiliknya setuju sebelum diterbitkan.',
  'caption.personal_data.why':
    'Nomor telepon, NIK, atau email orang yang tersebar bisa dipakai untuk teror, penipuan, atau pembalasan oleh pemberi kerja. Serikat wajib melindungi anggota dan narasumbernya.',
  'caption.personal_data.fix':
    'Hapus data orang lain. Pakai kontak resmi organisasi, atau minta izin tertulis pemiliknya dulu.',

  'caption.links.title': 'Tautan',
  'caption.links.what':
    'Alamat web di keterangan: dengan http(s):// atau www., dan domain pendek seperti s.id/… atau bit.ly/….',
  'caption.links.why':
    'Di keterangan Instagram, tautan tidak bisa diklik; orang harus mengetik ulang. Di Facebook dan TikTok tautan terlihat, tetapi tautan yang tidak jelas tujuannya jarang dibuka.',
  'caption.links.fix':
    'Di Instagram tulis "link di bio" dan taruh tautannya di bio. Pakai tautan pendek yang terbaca (s.id/upahlayak), bukan deret huruf acak.',

  'caption.mentions.title': 'Sebutan akun',
  'caption.mentions.what': 'Akun yang disebut dengan @nama.',
  'caption.mentions.why':
    'Menyebut akun lain memberi tahu mereka dan bisa memperluas jangkauan, tetapi menyebut orang tanpa izin bisa membahayakan mereka.',
  'caption.mentions.fix': 'Sebut akun mitra dan organisasi; sebut orang pribadi hanya dengan persetujuannya.',
} as const;
