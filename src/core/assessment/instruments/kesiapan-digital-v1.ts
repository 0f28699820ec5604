/**
 * The default instrument: "Kesiapan Digital Serikat" (union digital readiness), version 1.
 * Ten dimensions on three levels, six scored items each, plus two unscored over-claiming checks and one
 * open question. The framework behind it is documented in docs/assessment.md.
 *
 * Options of single-choice items run from least to most mature. Scenario options are listed in no
 * particular order (they are shown shuffled and scored by key).
 */
import type { Dimension, Instrument, LocalText, Option } from '../model.ts';

const t = (id: string, en: string): LocalText => ({ id, en });

const o = (id: string, points: number, textId: string, textEn: string): Option => ({
  id,
  points,
  text: t(textId, textEn),
});

const dimensions: Dimension[] = [
  {
    id: 'IND-VER',
    level: 'individual',
    name: t('Informasi & verifikasi', 'Information & verification'),
    description: t(
      'Cara Anda mencari, memeriksa, dan meneruskan informasi. Skor tinggi: Anda memeriksa sumber sebelum membagikan, memeriksa asal foto dan video, dan mengenali pola hoaks yang biasa menyerang serikat.',
      'How you find, check and pass on information. A high score: you check sources before sharing, trace where photos and videos come from, and recognise the usual hoax patterns aimed at unions.',
    ),
    nextSteps: {
      low: [
        t(
          'Biasakan satu aturan bulan ini: sebelum meneruskan pesan tentang serikat, cari siapa yang pertama kali mengeluarkannya.',
          'Adopt one rule this month: before forwarding a message about the union, find out who first put it out.',
        ),
        t(
          'Pasang Google Lens di ponsel dan coba periksa tiga foto yang beredar di grup WhatsApp Anda.',
          'Install Google Lens on your phone and try checking three photos that are circulating in your WhatsApp groups.',
        ),
        t(
          'Simpan nomor atau kontak satu orang di pengurus yang bisa Anda tanya saat ragu tentang surat atau pengumuman.',
          'Save the contact of one person in the union leadership whom you can ask when you doubt a letter or an announcement.',
        ),
      ],
      middle: [
        t(
          'Latih pencarian gambar terbalik dan pemeriksaan tanggal unggahan bersama dua teman, pakai contoh hoaks lama tentang serikat.',
          'Practise reverse image search and checking upload dates with two friends, using old hoaxes about the union as examples.',
        ),
        t(
          'Buat daftar bersama tentang pola hoaks yang pernah menyerang serikat Anda (surat palsu, video lama, angka keliru).',
          'Make a shared list of the hoax patterns that have hit your union (forged letters, old videos, wrong figures).',
        ),
      ],
      high: [
        t(
          'Tularkan cara Anda memeriksa: adakan sesi 30 menit untuk anggota tentang cara memeriksa foto dan surat.',
          'Pass your method on: run a 30-minute session for members on how to check photos and letters.',
        ),
        t(
          'Tawarkan diri menjadi pemeriksa cepat untuk tim media saat ada isu yang ramai.',
          'Offer to be the quick checker for the media team whenever a story blows up.',
        ),
      ],
    },
  },
  {
    id: 'IND-CRE',
    level: 'individual',
    name: t('Pembuatan konten', 'Content creation'),
    description: t(
      'Kemampuan Anda membuat foto, video pendek, poster, dan keterangan unggahan dengan ponsel. Skor tinggi: Anda membuat konten secara rutin, memberi teks pada video, dan menghormati hak cipta serta izin orang yang difoto.',
      'Your ability to make photos, short videos, posters and captions on a phone. A high score: you make content regularly, subtitle your videos, and respect copyright and the consent of the people you photograph.',
    ),
    nextSteps: {
      low: [
        t(
          'Buat satu foto dan satu video pendek (di bawah 30 detik) dari kegiatan serikat berikutnya, lalu minta masukan dari tim media.',
          'Make one photo and one short video (under 30 seconds) at the next union activity, then ask the media team for feedback.',
        ),
        t(
          'Minta templat poster serikat dan coba ganti teks dan fotonya sendiri.',
          "Ask for the union's poster template and try changing its text and photo yourself.",
        ),
      ],
      middle: [
        t(
          'Tambahkan teks di layar pada setiap video yang Anda buat bulan ini; banyak orang menonton tanpa suara.',
          'Add on-screen text to every video you make this month; many people watch without sound.',
        ),
        t(
          'Biasakan bertanya "boleh saya unggah?" kepada orang yang Anda foto, dan catat siapa yang menolak.',
          'Make a habit of asking "may I post this?" of the people you photograph, and note who says no.',
        ),
      ],
      high: [
        t(
          'Buat satu templat baru (poster atau kartu kutipan) yang bisa dipakai seluruh tim.',
          'Make one new template (a poster or a quote card) the whole team can use.',
        ),
        t(
          'Dampingi satu anggota baru membuat konten pertamanya.',
          'Coach one new member through making their first piece of content.',
        ),
      ],
    },
  },
  {
    id: 'IND-PLT',
    level: 'individual',
    name: t('Pemahaman platform & data akun', 'Platform know-how & analytics'),
    description: t(
      'Pemahaman Anda tentang cara kerja Instagram, Facebook, dan TikTok, dan kebiasaan Anda membaca data akun. Skor tinggi: Anda tahu format yang cocok untuk tiap platform, membaca statistik akun, dan menanggapi komentar.',
      'How well you understand the way Instagram, Facebook and TikTok work, and whether you read account data. A high score: you know which formats suit each platform, read the account statistics and answer comments.',
    ),
    nextSteps: {
      low: [
        t(
          'Minta akses ke statistik akun serikat (insight) dan lihat lima unggahan terakhir: mana yang paling banyak dilihat?',
          "Ask for access to the union account's statistics (insights) and look at the last five posts: which was seen most?",
        ),
        t(
          'Cari tahu dari data akun pada jam berapa pengikut paling aktif, dan tulis di catatan tim.',
          'Find out from the account data at what time followers are most active, and write it in the team notes.',
        ),
      ],
      middle: [
        t(
          'Setiap minggu bulan ini, catat tiga angka dari unggahan Anda: jangkauan, interaksi, dan berapa lama video ditonton.',
          'Every week this month, note three figures for your posts: reach, interactions and how long videos were watched.',
        ),
        t(
          'Coba satu perubahan kecil (jam unggah atau tiga detik pertama video) dan bandingkan hasilnya.',
          'Try one small change (posting time or the first three seconds of a video) and compare the results.',
        ),
      ],
      high: [
        t(
          'Buat ringkasan satu halaman tentang apa yang disukai tiap platform, untuk dibagikan ke tim.',
          'Write a one-page summary of what each platform rewards, to share with the team.',
        ),
        t(
          'Bantu tim menyusun aturan membalas komentar: siapa, kapan, dan kapan pertanyaan diteruskan.',
          'Help the team draw up rules for answering comments: who, when, and when to pass a question on.',
        ),
      ],
    },
  },
  {
    id: 'IND-SAF',
    level: 'individual',
    name: t('Keamanan digital & privasi', 'Digital safety & privacy'),
    description: t(
      'Cara Anda melindungi akun, perangkat, dan data diri serta data anggota. Skor tinggi: verifikasi dua langkah menyala di semua akun penting, cara memulihkan akun sudah siap, dan Anda tahu apa yang harus dilakukan saat diserang atau datanya disebar.',
      "How you protect your accounts, devices, and your own and members' data. A high score: two-step verification is on for every important account, account recovery is ready, and you know what to do when you are attacked or your details are exposed.",
    ),
    nextSteps: {
      low: [
        t(
          'Nyalakan verifikasi dua langkah di WhatsApp dan email utama Anda minggu ini.',
          'Turn on two-step verification for WhatsApp and your main email this week.',
        ),
        t(
          'Tambahkan email atau nomor cadangan di akun media sosial Anda, agar akun bisa dipulihkan jika ponsel hilang.',
          'Add a backup email or number to your social media accounts so they can be recovered if your phone is lost.',
        ),
      ],
      middle: [
        t(
          'Periksa daftar perangkat yang masuk ke akun Anda dan keluarkan yang tidak Anda kenal.',
          'Check the list of devices signed in to your accounts and sign out any you do not recognise.',
        ),
        t(
          'Simpan kode cadangan akun di tempat aman di luar ponsel.',
          'Keep your account backup codes somewhere safe away from your phone.',
        ),
        t(
          'Sepakati dengan tim ke mana melapor jika seseorang diserang atau datanya disebar.',
          'Agree with the team where to report when someone is attacked or has their details exposed.',
        ),
      ],
      high: [
        t(
          'Bantu tiga anggota menyalakan verifikasi dua langkah dan menyiapkan pemulihan akun.',
          'Help three members turn on two-step verification and set up account recovery.',
        ),
        t(
          'Susun bersama pengurus aturan sederhana tentang siapa boleh memegang data anggota dan bagaimana mengirimnya.',
          "Draw up with the leadership a simple rule on who may hold members' data and how it is sent.",
        ),
      ],
    },
  },
  {
    id: 'TEAM-PLN',
    level: 'team',
    name: t('Perencanaan & konsistensi', 'Planning & consistency'),
    description: t(
      'Apakah tim media bekerja dengan rencana. Skor tinggi: ada kalender konten yang diikuti, akun mengunggah dengan irama tetap, dan tema disiapkan jauh sebelum tanggal penting.',
      'Whether the media team works to a plan. A high score: a content calendar that is followed, a steady posting rhythm, and themes prepared well before key dates.',
    ),
    nextSteps: {
      low: [
        t(
          'Buat kalender sederhana untuk empat minggu ke depan: satu baris per unggahan, dengan tanggal, tema, dan penanggung jawab.',
          'Make a simple calendar for the next four weeks: one row per post, with date, theme and who is responsible.',
        ),
        t(
          'Tandai tiga tanggal penting tiga bulan ke depan (peringatan, sidang, perundingan) dan tunjuk siapa yang menyiapkan kontennya.',
          'Mark three key dates in the next three months (anniversaries, hearings, negotiations) and name who prepares the content for each.',
        ),
      ],
      middle: [
        t(
          'Adakan rapat 15 menit setiap minggu untuk memeriksa kalender: apa yang terbit, apa yang tertunda.',
          'Hold a 15-minute meeting every week to check the calendar: what went out, what slipped.',
        ),
        t(
          'Tuliskan sasaran pembaca dan pesan utama untuk setiap tema bulan ini.',
          "Write down the target audience and key message for each of this month's themes.",
        ),
      ],
      high: [
        t(
          'Siapkan bahan untuk tanggal penting dua bulan ke depan sekarang, termasuk cadangan jika ada kejadian mendadak.',
          'Prepare material for the key dates of the next two months now, including spares for sudden events.',
        ),
        t(
          'Bagikan kalender Anda kepada serikat atau federasi lain agar unggahan bisa diselaraskan.',
          'Share your calendar with other unions or federations so posts can be aligned.',
        ),
      ],
    },
  },
  {
    id: 'TEAM-PRD',
    level: 'team',
    name: t('Alur kerja produksi & kecepatan', 'Production workflow & speed'),
    description: t(
      'Seberapa lancar tim mengubah kejadian menjadi unggahan. Skor tinggi: pembagian tugas jelas, persetujuan cepat, unggahan pertama terbit dalam hitungan jam, dan ada templat serta folder bahan bersama.',
      'How smoothly the team turns an event into a post. A high score: clear roles, quick approval, the first post out within hours, and shared templates and a shared folder of material.',
    ),
    nextSteps: {
      low: [
        t(
          'Sepakati siapa yang boleh menyetujui unggahan jika ketua tidak bisa dihubungi, dan beri tahu seluruh tim.',
          'Agree who may approve posts when the chair cannot be reached, and tell the whole team.',
        ),
        t(
          'Buat satu folder bersama (misalnya Google Drive) untuk foto dan video kegiatan.',
          'Create one shared folder (for example on Google Drive) for photos and videos of activities.',
        ),
      ],
      middle: [
        t(
          'Pada kegiatan berikutnya, bagi tugas sebelum mulai: siapa memotret, siapa menulis, siapa mengunggah. Targetkan unggahan pertama dalam tiga jam.',
          'At the next activity, split the tasks before it starts: who shoots, who writes, who posts. Aim for the first post within three hours.',
        ),
        t(
          'Siapkan dua atau tiga templat poster yang sudah disetujui agar unggahan cepat tidak perlu persetujuan panjang.',
          'Prepare two or three approved poster templates so quick posts need no long approval.',
        ),
      ],
      high: [
        t(
          'Tulis alur kerja tim dalam satu halaman dan latih satu anggota baru untuk setiap peran.',
          "Write the team's workflow on one page and train one new member for each role.",
        ),
        t(
          'Siapkan kalimat tanggapan dan juru bicara untuk permintaan wartawan yang mendadak.',
          'Prepare response lines and a spokesperson for sudden requests from journalists.',
        ),
      ],
    },
  },
  {
    id: 'TEAM-MEA',
    level: 'team',
    name: t('Pengukuran & belajar', 'Measurement & learning'),
    description: t(
      'Apakah tim mencatat hasil dan belajar darinya. Skor tinggi: beberapa angka penting dicatat rutin, tim membahas apa yang berhasil, mencoba versi berbeda, dan melapor kepada pimpinan.',
      'Whether the team records results and learns from them. A high score: a few key figures are recorded regularly, the team discusses what worked, tries different versions and reports to the leadership.',
    ),
    nextSteps: {
      low: [
        t(
          'Pilih tiga angka saja (misalnya jangkauan, interaksi, dan klik tautan) dan catat setiap minggu di satu lembar bersama.',
          'Pick just three figures (for example reach, interactions and link clicks) and record them every week on one shared sheet.',
        ),
        t(
          'Di akhir bulan, bahas bersama tim tiga unggahan terbaik dan tiga terlemah.',
          'At the end of the month, go through the three strongest and three weakest posts with the team.',
        ),
      ],
      middle: [
        t(
          'Coba dua versi untuk satu pesan (dua judul atau dua gambar) dan bandingkan hasilnya setelah seminggu.',
          'Try two versions of one message (two headlines or two images) and compare the results after a week.',
        ),
        t(
          'Kirim laporan satu halaman kepada pimpinan: angka bulan ini dan satu pelajaran.',
          "Send the leadership a one-page report: this month's figures and one lesson learned.",
        ),
      ],
      high: [
        t(
          'Tetapkan target tiga bulan bersama pimpinan dan periksa setiap bulan.',
          'Set three-month targets with the leadership and check them every month.',
        ),
        t(
          'Hubungkan angka media sosial dengan hasil nyata: anggota baru, tanda tangan petisi, kehadiran di aksi.',
          'Link social media figures to real outcomes: new members, petition signatures, turnout at actions.',
        ),
      ],
    },
  },
  {
    id: 'ORG-STR',
    level: 'organisation',
    name: t('Strategi & dukungan pimpinan', 'Strategy & leadership support'),
    description: t(
      'Apakah organisasi memberi arah dan sarana untuk kerja digital. Skor tinggi: ada strategi digital tertulis, ada anggaran, pimpinan ikut mengunggah dan menyetujui dengan cepat, dan ada pedoman media sosial.',
      'Whether the organisation gives digital work direction and means. A high score: a written digital strategy, a budget line, leaders who post and approve quickly, and a social media policy.',
    ),
    nextSteps: {
      low: [
        t(
          'Minta waktu 15 menit di rapat pengurus berikutnya untuk membahas hasil asesmen ini.',
          'Ask for 15 minutes at the next leadership meeting to discuss the results of this assessment.',
        ),
        t(
          'Usulkan satu halaman pedoman: siapa boleh bicara atas nama serikat dan siapa menyetujui unggahan.',
          'Propose a one-page policy: who may speak for the union and who approves posts.',
        ),
      ],
      middle: [
        t(
          'Susun rancangan strategi digital sederhana: tujuan, sasaran pembaca, pesan, dan siapa mengerjakan apa.',
          'Draft a simple digital strategy: goals, audiences, messages, and who does what.',
        ),
        t(
          'Ajukan pos anggaran kecil yang tetap untuk kuota, alat, dan pelatihan.',
          'Put forward a small, fixed budget line for data, tools and training.',
        ),
        t(
          'Ajak satu pimpinan membagikan konten serikat di akun pribadinya setiap minggu.',
          "Ask one leader to share the union's content on their personal account every week.",
        ),
      ],
      high: [
        t(
          'Tinjau strategi bersama pimpinan dan anggota muda, lalu perbarui targetnya untuk tahun ini.',
          "Review the strategy with the leadership and young members, then update this year's targets.",
        ),
        t(
          'Bagikan pedoman dan strategi Anda kepada serikat lain di federasi.',
          'Share your policy and strategy with other unions in the federation.',
        ),
      ],
    },
  },
  {
    id: 'ORG-RES',
    level: 'organisation',
    name: t('Tanggap cepat terhadap disinformasi', 'Rapid response to disinformation'),
    description: t(
      'Kesiapan organisasi menghadapi hoaks dan serangan narasi: mengenali, memantau, memahami, menimbang dampak, menjawab, dan menilai hasilnya. Skor tinggi: ada yang memantau, ada jalur melapor, tanggapan disiapkan, dan hasilnya diperiksa.',
      "The organisation's readiness for hoaxes and narrative attacks: recognising, monitoring, understanding, weighing impact, answering and checking the result. A high score: someone monitors, there is a route for raising the alarm, responses are prepared and results are checked.",
    ),
    nextSteps: {
      low: [
        t(
          'Tunjuk satu orang yang memantau media sosial dan grup WhatsApp setiap hari, dan satu orang yang dihubungi saat ada hoaks.',
          'Name one person who watches social media and WhatsApp groups every day, and one person to call when a hoax appears.',
        ),
        t(
          'Kumpulkan hoaks yang pernah menyerang serikat dalam setahun terakhir dan bahas polanya bersama tim.',
          'Collect the hoaxes that have hit the union in the past year and go through their patterns with the team.',
        ),
      ],
      middle: [
        t(
          'Siapkan jawaban singkat untuk tiga tuduhan yang paling sering muncul (misalnya soal iuran atau "ditunggangi politik").',
          'Prepare short answers to the three most frequent accusations (for example about dues, or being "used by politicians").',
        ),
        t(
          'Sepakati kapan menjawab dan kapan cukup memantau, agar hoaks kecil tidak ikut dibesarkan.',
          'Agree when to answer and when to just keep watching, so that small hoaxes are not amplified.',
        ),
      ],
      high: [
        t(
          'Adakan latihan simulasi: hoaks menyebar, wartawan menelepon. Ukur waktu dari temuan sampai jawaban.',
          'Run a simulation: a hoax spreads, a journalist calls. Time it from discovery to answer.',
        ),
        t(
          'Setelah setiap kejadian, catat apa yang berhasil dan perbarui jawaban siap pakai.',
          'After each incident, record what worked and update the ready-made answers.',
        ),
      ],
    },
  },
  {
    id: 'ORG-NET',
    level: 'organisation',
    name: t('Jaringan & penguatan pesan', 'Network & amplification'),
    description: t(
      'Seberapa jauh pesan serikat dibawa oleh jaringan: federasi, serikat lain, sekutu, wartawan, dan anggota. Skor tinggi: unggahan serentak dikoordinasikan, sekutu dan wartawan bisa dihubungi, dan anggota rutin menerima bahan untuk dibagikan.',
      "How far the union's message is carried by its network: federations, other unions, allies, journalists and members. A high score: coordinated posting, allies and journalists within reach, and members who regularly receive material to share.",
    ),
    nextSteps: {
      low: [
        t(
          'Buat daftar kontak wartawan yang pernah meliput serikat, dengan nomor dan media tempat mereka bekerja.',
          'Make a contact list of journalists who have covered the union, with their numbers and outlets.',
        ),
        t(
          'Buat satu grup penyebar berisi anggota yang bersedia membagikan konten serikat, dan kirim bahan pertama minggu ini.',
          'Start one sharing group of members who are willing to share union content, and send the first material this week.',
        ),
      ],
      middle: [
        t(
          'Sepakati satu unggahan serentak dengan federasi atau serikat lain bulan ini: pesan, tagar, dan jam yang sama.',
          'Agree one coordinated post with a federation or another union this month: same message, hashtag and time.',
        ),
        t(
          'Kirim bahan siap bagi ke grup penyebar setiap minggu, lengkap dengan teks ajakan.',
          'Send ready-to-share material to the sharing group every week, complete with a call-to-action text.',
        ),
      ],
      high: [
        t(
          'Libatkan sekutu di luar serikat (mahasiswa, lembaga bantuan hukum, kreator) dalam kampanye berikutnya sejak perencanaan.',
          'Involve allies outside the union (students, legal aid groups, creators) in the next campaign from the planning stage.',
        ),
        t(
          'Catat jangkauan yang datang dari jaringan dan laporkan kembali kepada mitra.',
          'Record the reach that came through the network and report it back to partners.',
        ),
      ],
    },
  },
];

export const kesiapanDigitalV1: Instrument = {
  id: 'kesiapan-digital-serikat',
  version: 1,
  name: t('Kesiapan Digital Serikat', 'Union Digital Readiness'),
  anonymityStatement: t(
    'Jawaban Anda rahasia. Pimpinan serikat tidak pernah melihat jawaban perorangan. Hanya Anda yang bisa membuka hasil Anda sendiri, dengan kode pribadi Anda. Hasil kelompok baru ditampilkan jika kelompoknya berisi sedikitnya 5 orang. Ini bukan ujian: jawablah sesuai kenyataan, bukan sesuai harapan. Hanya dari jawaban yang jujur program ini bisa benar-benar membantu Anda dan tim Anda.',
    "Your answers are confidential. Union leaders never see any individual's answers. Only you can open your own results, with your personal code. Group results are shown only when the group has at least 5 people. This is not a test: answer as things are, not as you would like them to be. Only honest answers let this programme really help you and your team.",
  ),
  dimensions,
  items: [
    // ── Individual: information & verification ──────────────────────────────────────────────────
    {
      id: 'IND-VER-01',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 30 hari terakhir, seberapa sering Anda mencari sumber asli sebuah berita sebelum membagikannya?',
        'In the last 30 days, how often did you look for the original source of a news item before sharing it?',
      ),
      options: [
        o('a', 0, 'Belum pernah', 'Never'),
        o('b', 1, 'Sekali atau dua kali', 'Once or twice'),
        o('c', 2, 'Untuk sebagian berita yang saya bagikan', 'For some of the news I shared'),
        o('d', 3, 'Untuk hampir semua berita yang saya bagikan', 'For almost all the news I shared'),
      ],
    },
    {
      id: 'IND-VER-02',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t(
        'Dalam 3 bulan terakhir, cara apa saja yang pernah Anda pakai untuk memeriksa sebuah foto atau video? Pilih semua yang pernah Anda lakukan.',
        'In the last 3 months, which of these have you done to check a photo or video? Tick everything you have done.',
      ),
      max: 4,
      options: [
        o(
          'a',
          1,
          'Mencari gambar yang sama di internet untuk menemukan kapan pertama kali muncul',
          'Searched the internet for the same image to find when it first appeared',
        ),
        o(
          'b',
          1,
          'Memeriksa tanggal unggahan dan akun yang pertama kali mengunggahnya',
          'Checked the upload date and the account that first posted it',
        ),
        o(
          'c',
          1,
          'Mencocokkan tempat di foto dengan peta atau Street View',
          'Matched the place in the photo with a map or Street View',
        ),
        o(
          'd',
          1,
          'Mencari di situs cek fakta, misalnya cekfakta.com atau turnbackhoax.id',
          'Searched a fact-checking site, such as cekfakta.com or turnbackhoax.id',
        ),
        o(
          'e',
          1,
          'Memeriksa tanda gambar atau suara buatan kecerdasan buatan (AI), misalnya jari, tulisan, atau gerak bibir yang janggal',
          'Looked for signs of an image or voice made by artificial intelligence (AI), such as odd fingers, lettering or lip movements',
        ),
        o(
          'f',
          1,
          'Bertanya langsung kepada orang yang ada di lokasi',
          'Asked someone who was actually there',
        ),
        o('g', 0, 'Belum pernah memeriksa foto atau video', 'I have not checked a photo or video'),
      ],
    },
    {
      id: 'IND-VER-03',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Malam sebelum mogok nasional, di grup WhatsApp anggota beredar foto surat berkop konfederasi. Isinya: mogok dibatalkan. Apa yang Anda lakukan lebih dulu?',
        "The night before a national strike, a photo of a letter on the confederation's letterhead circulates in a members' WhatsApp group. It says the strike is cancelled. What do you do first?",
      ),
      options: [
        o(
          'a',
          2,
          'Membandingkan kop, nomor surat, dan tanda tangannya dengan surat asli yang pernah Anda terima',
          'Compare the letterhead, reference number and signature with a genuine letter you have received',
        ),
        o(
          'b',
          0,
          'Meneruskan foto surat itu ke grup lain dengan pesan "Awas, ini hoaks!"',
          'Forward the photo of the letter to other groups with the message "Watch out, this is a hoax!"',
        ),
        o(
          'c',
          3,
          'Menanyakan keasliannya kepada pengurus lewat jalur resmi, dan meminta anggota grup tidak meneruskannya dulu',
          'Ask the leadership through the official channel whether it is genuine, and ask the group not to forward it for now',
        ),
        o(
          'd',
          1,
          'Diam dan menunggu pengumuman dari pimpinan',
          'Stay quiet and wait for an announcement from the leadership',
        ),
      ],
    },
    {
      id: 'IND-VER-04',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Sebuah video TikTok menyebut ketua federasi Anda menerima suap dari pengusaha. Video itu sudah ditonton puluhan ribu kali. Seorang teman bertanya kepada Anda apakah itu benar. Apa yang Anda lakukan?',
        'A TikTok video claims the chair of your federation took a bribe from an employer. It has been watched tens of thousands of times. A friend asks you whether it is true. What do you do?',
      ),
      options: [
        o(
          'a',
          0,
          'Menulis komentar keras di video itu dan menyebut pengunggahnya pengkhianat',
          'Write an angry comment under the video calling the uploader a traitor',
        ),
        o('b', 1, 'Tidak menjawab pertanyaan teman Anda', "Don't answer your friend's question"),
        o(
          'c',
          3,
          'Mencari tahu kapan dan di mana rekaman aslinya dibuat, lalu mengirim tautannya kepada tim media atau pengurus',
          'Find out when and where the original footage was made, then send the link to the media team or the leadership',
        ),
        o(
          'd',
          2,
          'Menjawab bahwa Anda belum tahu, dan meminta teman Anda tidak membagikannya dulu',
          "Tell your friend you don't know yet, and ask them not to share it for now",
        ),
      ],
    },
    {
      id: 'CHECK-01',
      dimension: null,
      level: 'individual',
      scored: false,
      type: 'checklist',
      text: t(
        'Alat atau situs mana yang pernah Anda pakai sendiri untuk memeriksa foto atau berita? Pilih semua yang pernah Anda pakai.',
        'Which tools or sites have you used yourself to check a photo or a news item? Tick all you have used.',
      ),
      max: 0,
      options: [
        o('a', 0, 'Google Lens (mencari dengan gambar)', 'Google Lens (search by image)'),
        o('b', 0, 'TinEye (mencari asal gambar)', 'TinEye (finds where an image came from)'),
        {
          id: 'c',
          points: 0,
          overclaim: true,
          text: t('SidikGambar (melacak asal foto)', 'SidikGambar (traces where a photo came from)'),
        },
        o(
          'd',
          0,
          'InVID-WeVerify (pemeriksa video di peramban)',
          'InVID-WeVerify (video checker in the browser)',
        ),
        o('e', 0, 'cekfakta.com', 'cekfakta.com'),
        o('f', 0, 'Belum pernah memakai yang mana pun', 'I have not used any of these'),
      ],
    },
    {
      id: 'IND-VER-05',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 3 bulan terakhir, berapa kali Anda memberi tahu seseorang bahwa pesan yang dia bagikan keliru, sambil menunjukkan sumber yang benar?',
        'In the last 3 months, how many times did you tell someone that a message they shared was wrong, and show them the correct source?',
      ),
      options: [
        o('a', 0, 'Belum pernah', 'Never'),
        o('b', 1, 'Sekali', 'Once'),
        o('c', 2, '2–3 kali', '2–3 times'),
        o('d', 3, 'Lebih dari 3 kali', 'More than 3 times'),
      ],
    },
    {
      id: 'IND-VER-06',
      dimension: 'IND-VER',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Anda melihat unggahan yang menyebut "upah minimum provinsi naik 10%". Anda ingin memakai angka itu di poster serikat. Apa yang Anda lakukan?',
        'You see a post saying "the provincial minimum wage is going up 10%". You want to use that figure on a union poster. What do you do?',
      ),
      options: [
        o('a', 1, 'Tidak memakai angka itu sama sekali', "Don't use the figure at all"),
        o(
          'b',
          2,
          'Mencari berita dari media besar yang menyebut angka yang sama',
          'Look for a report in a major news outlet that gives the same figure',
        ),
        o(
          'c',
          0,
          'Memakai angka itu, karena sudah banyak akun yang membagikannya',
          'Use the figure, because many accounts have already shared it',
        ),
        o(
          'd',
          3,
          'Mencari angka itu di sumber resmi, misalnya surat keputusan gubernur, lalu mencantumkan sumbernya di poster',
          "Look the figure up in an official source, such as the governor's decree, and cite it on the poster",
        ),
      ],
    },

    // ── Individual: content creation ────────────────────────────────────────────────────────────
    {
      id: 'IND-CRE-01',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t(
        'Dalam 30 hari terakhir, konten apa saja yang Anda buat sendiri dengan ponsel untuk serikat? Pilih semua yang Anda buat.',
        'In the last 30 days, what kinds of content did you make yourself on your phone for the union? Tick everything you made.',
      ),
      evidence: t(
        'Tempel tautan unggahan terakhir yang Anda buat (boleh dikosongkan).',
        'Paste the link to the last post you made (optional).',
      ),
      max: 4,
      options: [
        o('a', 1, 'Foto kegiatan', 'Photos of an activity'),
        o('b', 1, 'Video pendek (di bawah satu menit)', 'A short video (under a minute)'),
        o('c', 1, 'Poster atau kartu kutipan', 'A poster or a quote card'),
        o('d', 1, 'Keterangan unggahan (caption) yang Anda tulis sendiri', 'A caption you wrote yourself'),
        o('e', 1, 'Siaran langsung (live)', 'A live broadcast'),
        o(
          'f',
          0,
          'Belum membuat konten dalam 30 hari terakhir',
          'I have not made content in the last 30 days',
        ),
      ],
    },
    {
      id: 'IND-CRE-02',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dari video yang Anda buat dalam 3 bulan terakhir, berapa yang memakai teks tertulis di layar (subtitle)?',
        'Of the videos you made in the last 3 months, how many had written text on screen (subtitles)?',
      ),
      options: [
        o(
          'a',
          0,
          'Saya belum membuat video dalam 3 bulan terakhir',
          'I have not made a video in the last 3 months',
        ),
        o('b', 1, 'Tidak ada yang memakai teks', 'None had text'),
        o('c', 2, 'Sebagian kecil', 'A few'),
        o('d', 3, 'Sekitar setengahnya', 'About half'),
        o('e', 4, 'Hampir semuanya', 'Almost all'),
      ],
    },
    {
      id: 'IND-CRE-03',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Terakhir kali serikat Anda membuat poster, apa peran Anda dalam pembuatannya?',
        'The last time your union made a poster, what was your part in making it?',
      ),
      options: [
        o('a', 0, 'Saya belum pernah ikut membuat poster', 'I have not been involved in making a poster'),
        o(
          'b',
          1,
          'Saya memberi teks atau foto, orang lain yang membuat',
          'I supplied the text or photo; someone else made it',
        ),
        o(
          'c',
          2,
          'Saya memakai templat siap pakai dan hanya mengganti teksnya',
          'I used a ready-made template and only changed the text',
        ),
        o(
          'd',
          3,
          'Saya menyesuaikan templat: teks, foto, dan tata letaknya',
          'I adapted a template: text, photo and layout',
        ),
        o(
          'e',
          4,
          'Saya membuatnya dari awal, atau membuat templat yang dipakai teman-teman',
          'I made it from scratch, or made a template that others use',
        ),
      ],
    },
    {
      id: 'IND-CRE-04',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Saat aksi di depan pabrik, Anda memotret seorang buruh perempuan yang menangis saat berorasi. Fotonya sangat kuat. Apa yang Anda lakukan sebelum mengunggahnya?',
        'At a protest outside a factory, you photograph a woman worker in tears as she speaks. It is a very strong picture. What do you do before posting it?',
      ),
      options: [
        o(
          'a',
          3,
          'Bertanya kepadanya apakah boleh diunggah, dan menyamarkan wajahnya jika dia menolak atau takut kepada atasannya',
          'Ask her whether it may be posted, and blur her face if she says no or fears her employer',
        ),
        o('b', 1, 'Tidak mengunggah foto itu', "Don't post the photo"),
        o(
          'c',
          2,
          'Langsung mengunggahnya dengan wajah disamarkan, tanpa bertanya',
          'Post it straight away with her face blurred, without asking',
        ),
        o(
          'd',
          0,
          'Langsung mengunggahnya, lengkap dengan nama dan nama pabriknya, agar lebih kuat',
          "Post it straight away with her name and the factory's name, to make it stronger",
        ),
      ],
    },
    {
      id: 'IND-CRE-05',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Terakhir kali Anda memakai foto, musik, atau gambar buatan orang lain dalam unggahan, apa yang Anda lakukan?',
        "The last time you used someone else's photo, music or image in a post, what did you do?",
      ),
      options: [
        o('a', 0, 'Saya tidak memeriksa apa pun', 'I did not check anything'),
        o('b', 1, 'Saya menulis nama pembuat atau sumbernya', 'I credited the creator or the source'),
        o(
          'c',
          2,
          'Saya hanya memakai bahan yang jelas boleh dipakai, misalnya musik dari pustaka aplikasi',
          "I only used material that is clearly free to use, such as music from the app's library",
        ),
        o(
          'd',
          3,
          'Saya meminta izin pembuatnya atau memeriksa izin pakainya (lisensi), lalu menulis sumbernya',
          'I asked the creator for permission or checked the licence, then credited the source',
        ),
      ],
    },
    {
      id: 'IND-CRE-06',
      dimension: 'IND-CRE',
      level: 'individual',
      scored: true,
      type: 'numeric',
      text: t(
        'Dalam 30 hari terakhir, berapa unggahan untuk akun atau kampanye serikat yang Anda buat sendiri?',
        'In the last 30 days, how many posts for a union account or campaign did you make yourself?',
      ),
      hint: t(
        'Hitung foto, video, poster, dan tulisan. Jika tidak ingat pasti, perkirakan.',
        'Count photos, videos, posters and written posts. If you are not sure, estimate.',
      ),
      unit: t('unggahan', 'posts'),
      inputMin: 0,
      inputMax: 300,
      bands: [
        { min: 0, max: 1, points: 0 },
        { min: 1, max: 3, points: 1 },
        { min: 3, max: 8, points: 2 },
        { min: 8, max: 16, points: 3 },
        { min: 16, max: null, points: 4 },
      ],
    },

    // ── Individual: platform know-how & analytics ───────────────────────────────────────────────
    {
      id: 'IND-PLT-01',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 30 hari terakhir, seberapa sering Anda membuka statistik akun (insight) di Instagram, Facebook, atau TikTok?',
        'In the last 30 days, how often did you open account statistics (insights) on Instagram, Facebook or TikTok?',
      ),
      options: [
        o('a', 0, 'Belum pernah, atau saya tidak punya akses', 'Never, or I have no access'),
        o('b', 1, 'Sekali atau dua kali', 'Once or twice'),
        o('c', 2, 'Hampir setiap minggu', 'Almost every week'),
        o('d', 3, 'Beberapa hari setelah hampir setiap unggahan', 'A few days after almost every post'),
      ],
    },
    {
      id: 'IND-PLT-02',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t(
        'Untuk unggahan terakhir yang Anda buat, apa saja yang Anda lakukan agar dilihat lebih banyak orang? Pilih semua yang Anda lakukan.',
        'For the last post you made, what did you do so that more people would see it? Tick everything you did.',
      ),
      max: 4,
      options: [
        o(
          'a',
          1,
          'Memilih jam unggah dari data kapan pengikut aktif',
          'Chose the posting time from data on when followers are active',
        ),
        o(
          'b',
          1,
          'Membuat tiga detik pertama video langsung menarik perhatian',
          'Made the first three seconds of the video grab attention',
        ),
        o(
          'c',
          1,
          'Memakai format yang cocok untuk platformnya, misalnya video tegak untuk Reels atau TikTok',
          'Used a format that suits the platform, such as vertical video for Reels or TikTok',
        ),
        o(
          'd',
          1,
          'Memakai suara atau tagar yang sedang ramai dan masih sesuai dengan isinya',
          'Used a trending sound or hashtag that still fitted the content',
        ),
        o(
          'e',
          1,
          'Mengajak orang berkomentar, menyimpan, atau membagikan',
          'Invited people to comment, save or share',
        ),
        o('f', 0, 'Tidak ada yang khusus', 'Nothing in particular'),
      ],
    },
    {
      id: 'IND-PLT-03',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Menurut data akun serikat yang Anda pegang, pada jam berapa pengikut akun itu paling aktif?',
        'According to the data of the union account you handle, at what time are its followers most active?',
      ),
      options: [
        o(
          'a',
          0,
          'Saya tidak tahu, atau saya tidak memegang akun serikat',
          "I don't know, or I don't handle a union account",
        ),
        o('b', 1, 'Saya menebak dari pengalaman', 'I guess from experience'),
        o(
          'c',
          2,
          'Saya pernah melihatnya di data akun, tetapi lupa',
          'I have seen it in the account data but forgot',
        ),
        o(
          'd',
          3,
          'Saya tahu dari data akun dan memakainya untuk menentukan jam unggah',
          'I know it from the account data and use it to choose posting times',
        ),
      ],
    },
    {
      id: 'CHECK-02',
      dimension: null,
      level: 'individual',
      scored: false,
      type: 'checklist',
      text: t(
        'Ukuran mana yang pernah Anda pakai sendiri saat membahas hasil akun serikat? Pilih semua yang pernah Anda pakai.',
        'Which of these measures have you used yourself when discussing the results of a union account? Tick all you have used.',
      ),
      max: 0,
      options: [
        o('a', 0, 'Jangkauan (jumlah akun yang melihat)', 'Reach (number of accounts that saw it)'),
        o('b', 0, 'Tingkat interaksi (engagement rate)', 'Engagement rate'),
        o('c', 0, 'Rata-rata lama video ditonton', 'Average watch time'),
        {
          id: 'd',
          points: 0,
          overclaim: true,
          text: t('Skor gaung linimasa (timeline echo score)', 'Timeline echo score'),
        },
        o('e', 0, 'Rasio klik tautan (click-through rate)', 'Click-through rate'),
        o('f', 0, 'Belum pernah memakai yang mana pun', 'I have not used any of these'),
      ],
    },
    {
      id: 'IND-PLT-04',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Video aksi yang Anda unggah di TikTok hanya ditonton 200 kali. Biasanya video Anda ditonton sekitar 2.000 kali. Apa yang Anda lakukan?',
        'A protest video you posted on TikTok has only 200 views. Your videos usually get about 2,000. What do you do?',
      ),
      options: [
        o(
          'a',
          0,
          'Membeli penonton atau pengikut agar angkanya naik',
          'Buy views or followers to push the numbers up',
        ),
        o(
          'b',
          3,
          'Membandingkan data video itu dengan video lain (berapa lama orang menonton, dari mana mereka datang), lalu mencoba satu perubahan di video berikutnya',
          'Compare its data with other videos (how long people watched, where they came from), then try one change in the next video',
        ),
        o('c', 1, 'Membiarkannya; jumlah penonton memang naik turun', 'Leave it; view counts go up and down'),
        o(
          'd',
          2,
          'Meminta teman-teman serikat menonton dan membagikannya',
          'Ask union friends to watch and share it',
        ),
      ],
    },
    {
      id: 'IND-PLT-05',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 30 hari terakhir, bagaimana komentar dan pesan di akun serikat yang Anda pegang ditanggapi?',
        'In the last 30 days, how were comments and messages on the union account you handle answered?',
      ),
      options: [
        o('a', 0, 'Saya tidak memegang akun serikat', 'I do not handle a union account'),
        o('b', 1, 'Jarang dibalas', 'They were rarely answered'),
        o(
          'c',
          2,
          'Sebagian dibalas, biasanya lebih dari sehari kemudian',
          'Some were answered, usually more than a day later',
        ),
        o('d', 3, 'Sebagian besar dibalas dalam sehari', 'Most were answered within a day'),
        o(
          'e',
          4,
          'Sebagian besar dibalas dalam sehari, dan pertanyaan sulit diteruskan kepada orang yang tepat',
          'Most were answered within a day, and hard questions were passed to the right person',
        ),
      ],
    },
    {
      id: 'IND-PLT-06',
      dimension: 'IND-PLT',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t(
        'Setelah unggahan terakhir Anda terbit, angka apa saja yang Anda lihat? Pilih semua yang Anda lihat.',
        'After your last post went out, which figures did you look at? Tick everything you looked at.',
      ),
      max: 4,
      options: [
        o('a', 1, 'Jumlah tayangan atau jangkauan', 'Views or reach'),
        o('b', 1, 'Jumlah suka dan komentar', 'Likes and comments'),
        o('c', 1, 'Jumlah dibagikan atau disimpan', 'Shares or saves'),
        o('d', 1, 'Berapa lama orang menonton videonya', 'How long people watched the video'),
        o(
          'e',
          1,
          'Dari mana penonton datang (beranda, pencarian, profil)',
          'Where viewers came from (feed, search, profile)',
        ),
        o('f', 0, 'Saya tidak melihat angkanya', 'I did not look at the figures'),
      ],
    },

    // ── Individual: digital safety & privacy ────────────────────────────────────────────────────
    {
      id: 'IND-SAF-01',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'checklist',
      text: t(
        'Di akun mana saja Anda sudah menyalakan verifikasi dua langkah (kode tambahan selain kata sandi saat masuk)? Pilih semua yang sudah.',
        'On which accounts have you turned on two-step verification (an extra code besides your password when you sign in)? Tick all that apply.',
      ),
      max: 4,
      options: [
        o('a', 1, 'WhatsApp (PIN verifikasi dua langkah)', 'WhatsApp (two-step verification PIN)'),
        o('b', 1, 'Email utama', 'Main email'),
        o('c', 1, 'Facebook atau Instagram pribadi', 'Personal Facebook or Instagram'),
        o('d', 1, 'TikTok pribadi', 'Personal TikTok'),
        o('e', 1, 'Akun serikat yang Anda pegang', 'The union account you handle'),
        o('f', 0, 'Belum di akun mana pun, atau saya tidak tahu', "Not on any account yet, or I don't know"),
      ],
    },
    {
      id: 'IND-SAF-02',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Jika ponsel Anda hilang hari ini, bisakah Anda masuk kembali ke email dan media sosial Anda?',
        'If you lost your phone today, could you get back into your email and social media?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o(
          'b',
          1,
          'Mungkin, jika nomor telepon yang sama bisa saya aktifkan lagi',
          'Maybe, if I can get the same phone number back',
        ),
        o(
          'c',
          2,
          'Ya, untuk sebagian akun: ada email atau nomor cadangan',
          'Yes, for some accounts: they have a backup email or number',
        ),
        o(
          'd',
          3,
          'Ya, untuk semua akun penting: ada email atau nomor cadangan, dan kode cadangan saya simpan di tempat aman',
          'Yes, for all important accounts: they have a backup email or number, and I keep backup codes somewhere safe',
        ),
      ],
    },
    {
      id: 'IND-SAF-03',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Setelah Anda berorasi, sebuah akun tanpa nama menyebarkan foto KTP dan alamat rumah Anda, disertai ancaman. Apa yang Anda lakukan lebih dulu?',
        'After you speak at a rally, an anonymous account spreads a photo of your ID card and your home address, with threats. What do you do first?',
      ),
      options: [
        o(
          'a',
          2,
          'Melaporkan unggahan itu ke platform dan memblokir akunnya',
          'Report the post to the platform and block the account',
        ),
        o(
          'b',
          1,
          'Mengabaikannya dan berharap unggahan itu tenggelam sendiri',
          'Ignore it and hope it fades away',
        ),
        o(
          'c',
          3,
          'Menyimpan tangkapan layar beserta tautan dan waktunya, melaporkannya ke platform, lalu memberi tahu pengurus',
          'Save screenshots with the link and time, report it to the platform, then tell the union leadership',
        ),
        o(
          'd',
          0,
          'Membalas akun itu dan menyebarkan data pribadi orang yang Anda curigai di baliknya',
          'Hit back at the account and spread the personal details of the person you suspect is behind it',
        ),
      ],
    },
    {
      id: 'IND-SAF-04',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'scenario',
      text: t(
        'Seorang pengurus meminta Anda mengirim daftar anggota (nama, nomor telepon, tempat kerja) ke grup WhatsApp yang berisi 200 orang, "biar mudah dihubungi". Apa yang Anda lakukan?',
        'A union officer asks you to send the membership list (names, phone numbers, workplaces) to a WhatsApp group of 200 people, "so they are easy to reach". What do you do?',
      ),
      options: [
        o('a', 0, 'Mengirim daftar itu ke grup', 'Send the list to the group'),
        o(
          'b',
          3,
          'Bertanya siapa yang benar-benar perlu, lalu mengirim hanya kolom yang perlu kepada orang itu saja',
          'Ask who really needs it, then send only the columns needed, to that person only',
        ),
        o('c', 1, 'Tidak membalas dan berharap pengurus itu lupa', 'Not reply and hope the officer forgets'),
        o(
          'd',
          2,
          'Mengirim berkasnya dengan kata sandi ke grup, dan kata sandinya lewat pesan pribadi kepada yang meminta',
          'Send a password-protected file to the group, and the password privately to whoever asks',
        ),
      ],
    },
    {
      id: 'IND-SAF-05',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Bagaimana Anda mengatur kata sandi akun-akun Anda saat ini?',
        'How do you manage the passwords of your accounts at the moment?',
      ),
      options: [
        o(
          'a',
          0,
          'Saya memakai kata sandi yang sama atau mirip di beberapa akun',
          'I use the same or similar passwords on several accounts',
        ),
        o(
          'b',
          1,
          'Kata sandinya berbeda, dan saya catat di buku atau catatan ponsel',
          'They are different, and I write them in a notebook or a note on my phone',
        ),
        o(
          'c',
          2,
          'Kata sandinya berbeda, dan disimpan oleh fitur penyimpan kata sandi di ponsel atau peramban',
          'They are different, and saved by the password feature of my phone or browser',
        ),
        o(
          'd',
          3,
          'Kata sandinya berbeda dan panjang, disimpan di aplikasi pengelola kata sandi (misalnya Bitwarden)',
          'They are different and long, kept in a password manager app (such as Bitwarden)',
        ),
      ],
    },
    {
      id: 'IND-SAF-06',
      dimension: 'IND-SAF',
      level: 'individual',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 3 bulan terakhir, berapa kali Anda memeriksa daftar perangkat yang tersambung ke akun WhatsApp, email, atau media sosial Anda?',
        'In the last 3 months, how many times did you check the list of devices connected to your WhatsApp, email or social media accounts?',
      ),
      hint: t(
        'Di WhatsApp, daftar ini ada di menu "Perangkat tertaut".',
        'In WhatsApp, this list is under "Linked devices".',
      ),
      options: [
        o('a', 0, 'Belum pernah, atau saya tidak tahu caranya', "Never, or I don't know how"),
        o('b', 1, 'Sekali', 'Once'),
        o('c', 2, '2–3 kali', '2–3 times'),
        o('d', 3, 'Setiap bulan atau lebih sering', 'Every month or more often'),
      ],
    },

    // ── Team: planning & consistency ────────────────────────────────────────────────────────────
    {
      id: 'TEAM-PLN-01',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Apakah tim media Anda punya kalender konten untuk bulan ini?',
        'Does your media team have a content calendar for this month?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada; kami mengunggah saat ada kegiatan', 'No; we post when something happens'),
        o('c', 1, 'Ada, tetapi jarang diikuti', 'Yes, but it is rarely followed'),
        o('d', 2, 'Ada, dan sebagian besar diikuti', 'Yes, and it is mostly followed'),
        o(
          'e',
          3,
          'Ada, diikuti, dan diperiksa bersama setiap minggu',
          'Yes, it is followed and the team checks it together every week',
        ),
      ],
    },
    {
      id: 'TEAM-PLN-02',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'numeric',
      text: t(
        'Dalam 30 hari terakhir, berapa unggahan yang terbit di akun utama serikat Anda, di platform yang paling aktif?',
        "In the last 30 days, how many posts went out on your union's main account, on its most active platform?",
      ),
      hint: t(
        'Buka akunnya dan hitung. Jika tidak bisa, perkirakan.',
        'Open the account and count. If you cannot, estimate.',
      ),
      evidence: t('Tempel tautan akun yang Anda hitung.', 'Paste the link to the account you counted.'),
      unit: t('unggahan', 'posts'),
      inputMin: 0,
      inputMax: 500,
      bands: [
        { min: 0, max: 1, points: 0 },
        { min: 1, max: 4, points: 1 },
        { min: 4, max: 12, points: 2 },
        { min: 12, max: 25, points: 3 },
        { min: 25, max: null, points: 4 },
      ],
    },
    {
      id: 'TEAM-PLN-03',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Untuk Hari Buruh (1 Mei) yang terakhir, kapan tim Anda mulai menyiapkan kontennya?',
        'For the last May Day (1 May), when did your team start preparing its content?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada konten khusus', 'There was no special content'),
        o('c', 1, 'Pada hari itu juga', 'On the day itself'),
        o('d', 2, 'Beberapa hari sebelumnya', 'A few days before'),
        o('e', 3, 'Dua minggu atau lebih sebelumnya', 'Two weeks or more before'),
      ],
    },
    {
      id: 'TEAM-PLN-04',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 3 bulan terakhir, berapa kali akun utama serikat Anda tidak mengunggah apa pun selama lebih dari dua minggu?',
        "In the last 3 months, how many times did your union's main account post nothing for more than two weeks?",
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 1, 'Lebih dari sekali', 'More than once'),
        o('c', 2, 'Sekali', 'Once'),
        o('d', 3, 'Tidak pernah', 'Never'),
      ],
    },
    {
      id: 'TEAM-PLN-05',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'checklist',
      text: t(
        'Apa saja yang sudah tertulis dalam rencana konten tim Anda untuk bulan ini? Pilih semua yang sudah tertulis.',
        "What is already written down in your team's content plan for this month? Tick everything that is written down.",
      ),
      max: 4,
      options: [
        o('a', 1, 'Tema atau pesan utama', 'The theme or key message'),
        o('b', 1, 'Siapa yang ingin dijangkau', 'Who we want to reach'),
        o('c', 1, 'Tanggal dan platform setiap unggahan', 'The date and platform of each post'),
        o('d', 1, 'Siapa yang membuat setiap unggahan', 'Who makes each post'),
        o(
          'e',
          1,
          'Tanggal penting bulan ini (peringatan, sidang, perundingan)',
          "This month's key dates (anniversaries, hearings, negotiations)",
        ),
        o(
          'f',
          0,
          'Belum ada rencana tertulis, atau saya tidak tahu',
          "There is no written plan yet, or I don't know",
        ),
      ],
    },
    {
      id: 'TEAM-PLN-06',
      dimension: 'TEAM-PLN',
      level: 'team',
      scored: true,
      type: 'scenario',
      text: t(
        'Dua hari lagi Mahkamah Konstitusi menyidangkan gugatan serikat terhadap undang-undang ketenagakerjaan. Tim Anda belum menyiapkan apa pun. Apa yang Anda usulkan kepada tim?',
        "In two days the Constitutional Court hears the union's challenge to the labour law. Your team has prepared nothing. What do you propose to the team?",
      ),
      options: [
        o('a', 1, 'Menunggu putusan sidang, lalu menanggapinya', 'Wait for the ruling, then respond to it'),
        o(
          'b',
          0,
          'Mengunggah tuduhan keras terhadap hakim agar ramai dibicarakan',
          'Post harsh accusations against the judges to get people talking',
        ),
        o(
          'c',
          3,
          'Menyepakati satu pesan utama hari ini, lalu membagi tugas: siapa membuat apa, untuk terbit kapan',
          'Settle on one key message today, then split the work: who makes what, to go out when',
        ),
        o(
          'd',
          2,
          'Membuat satu poster dan mengunggahnya pada hari sidang',
          'Make one poster and post it on the day of the hearing',
        ),
      ],
    },

    // ── Team: production workflow & speed ───────────────────────────────────────────────────────
    {
      id: 'TEAM-PRD-01',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'numeric',
      text: t(
        'Pada kegiatan serikat terakhir (aksi, rapat akbar, perundingan), berapa jam setelah kegiatan dimulai unggahan pertama tentangnya terbit di akun serikat?',
        "At the union's last activity (a protest, a mass meeting, a negotiation), how many hours after it started did the first post about it go out on the union account?",
      ),
      hint: t(
        'Perkirakan jika tidak tahu pasti. Jika tidak ada unggahan sama sekali, isi 720.',
        'Estimate if you are not sure. If there was no post at all, enter 720.',
      ),
      evidence: t(
        'Tempel tautan unggahan pertama itu (boleh dikosongkan).',
        'Paste the link to that first post (optional).',
      ),
      unit: t('jam', 'hours'),
      inputMin: 0,
      inputMax: 720,
      bands: [
        { min: 0, max: 3, points: 4 },
        { min: 3, max: 6, points: 3 },
        { min: 6, max: 24, points: 2 },
        { min: 24, max: 72, points: 1 },
        { min: 72, max: null, points: 0 },
      ],
    },
    {
      id: 'TEAM-PRD-02',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Jika ketua sedang dalam perjalanan dan tidak bisa dihubungi, siapa yang bisa memberi izin agar sebuah unggahan terbit?',
        'If the chair is travelling and cannot be reached, who can give the go-ahead for a post?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 1, 'Tidak ada; unggahan menunggu ketua', 'Nobody; the post waits for the chair'),
        o(
          'c',
          2,
          'Biasanya ada orang lain yang memberi izin, tetapi hal itu tidak pernah diputuskan',
          'Someone else usually gives the go-ahead, but this was never decided',
        ),
        o(
          'd',
          3,
          'Ada wakil yang sudah ditunjuk, dan seluruh tim tahu siapa dia',
          'A deputy has been named, and the whole team knows who it is',
        ),
      ],
    },
    {
      id: 'TEAM-PRD-03',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Biasanya, berapa lama sebuah unggahan menunggu izin sebelum terbit?',
        'How long does a post usually wait for the go-ahead before it goes out?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 1, 'Lebih dari sehari', 'More than a day'),
        o('c', 2, 'Beberapa jam sampai sehari', 'A few hours to a day'),
        o(
          'd',
          3,
          'Kurang dari tiga jam, atau unggahan biasa tidak perlu menunggu karena ada pedomannya',
          'Less than three hours, or routine posts need no wait because there are guidelines',
        ),
      ],
    },
    {
      id: 'TEAM-PRD-04',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'checklist',
      text: t(
        'Apa saja yang dimiliki tim Anda dan bisa dipakai oleh semua anggota tim? Pilih semua yang ada.',
        'What does your team have that every team member can use? Tick everything you have.',
      ),
      max: 4,
      options: [
        o(
          'a',
          1,
          'Templat poster dengan logo dan warna serikat',
          "Poster templates with the union's logo and colours",
        ),
        o(
          'b',
          1,
          'Folder bersama berisi foto dan video kegiatan',
          'A shared folder of photos and videos of activities',
        ),
        o(
          'c',
          1,
          'Pembagian tugas tertulis: siapa memotret, menulis, dan mengunggah',
          'A written split of tasks: who shoots, writes and posts',
        ),
        o('d', 1, 'Pedoman gaya bahasa dan tagar', 'A guide to wording and hashtags'),
        o(
          'e',
          1,
          'Akses ke akun serikat untuk lebih dari satu orang, tanpa berbagi kata sandi',
          'Access to the union accounts for more than one person, without sharing the password',
        ),
        o('f', 0, 'Belum ada, atau saya tidak tahu', "None yet, or I don't know"),
      ],
    },
    {
      id: 'TEAM-PRD-05',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'scenario',
      text: t(
        'Seorang wartawan menelepon tim media. Dia minta tanggapan serikat tentang PHK massal di sebuah pabrik, paling lambat satu jam lagi. Apa yang akan dilakukan tim Anda?',
        "A journalist calls the media team asking for the union's comment on mass lay-offs at a factory, within the hour. What would your team do?",
      ),
      options: [
        o(
          'a',
          2,
          'Meminta waktu lebih lama kepada wartawan sampai pengurus selesai rapat',
          'Ask the journalist for more time until the leadership has met',
        ),
        o(
          'b',
          3,
          'Menghubungi juru bicara yang sudah ditunjuk, menyiapkan dua atau tiga kalimat dengan angka yang sudah dicek, dan mengirimnya sebelum batas waktu',
          'Contact the designated spokesperson, prepare two or three sentences with checked figures, and send them before the deadline',
        ),
        o('c', 1, 'Tidak menjawab telepon itu', "Don't answer the call"),
        o(
          'd',
          0,
          'Siapa pun yang mengangkat telepon langsung memberi komentar, dengan angka perkiraan',
          'Whoever picks up comments straight away, with estimated figures',
        ),
      ],
    },
    {
      id: 'TEAM-PRD-06',
      dimension: 'TEAM-PRD',
      level: 'team',
      scored: true,
      type: 'scenario',
      text: t(
        'Sore setelah aksi, lima anggota tim punya foto dan video di ponsel masing-masing. Belum ada yang diunggah. Apa yang kemungkinan besar terjadi selanjutnya di tim Anda?',
        'On the afternoon after a protest, five team members have photos and videos on their own phones. Nothing has been posted. What would most likely happen next in your team?',
      ),
      options: [
        o('a', 1, 'Menunggu ketua memilih foto besok', 'Wait for the chair to choose photos tomorrow'),
        o(
          'b',
          3,
          'Orang yang sudah ditugaskan mengumpulkan bahan ke folder bersama, memilih yang terbaik, dan mengunggah malam itu juga',
          'The person already assigned collects everything in the shared folder, picks the best and posts that same evening',
        ),
        o(
          'c',
          0,
          'Semua foto diunggah apa adanya, termasuk wajah peserta yang tidak mau difoto',
          'All the photos go up as they are, including faces of people who did not want to be photographed',
        ),
        o(
          'd',
          2,
          'Setiap orang mengunggah di akun pribadinya masing-masing',
          'Everyone posts on their own personal account',
        ),
      ],
    },

    // ── Team: measurement & learning ────────────────────────────────────────────────────────────
    {
      id: 'TEAM-MEA-01',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'checklist',
      text: t(
        'Angka apa saja yang dicatat tim Anda setidaknya sebulan sekali? Pilih semua yang dicatat.',
        'Which figures does your team record at least once a month? Tick everything that is recorded.',
      ),
      max: 4,
      options: [
        o('a', 1, 'Jumlah pengikut', 'Number of followers'),
        o('b', 1, 'Jangkauan atau tayangan', 'Reach or views'),
        o('c', 1, 'Interaksi (komentar, dibagikan, disimpan)', 'Interactions (comments, shares, saves)'),
        o(
          'd',
          1,
          'Klik tautan, tanda tangan petisi, atau pendaftaran',
          'Link clicks, petition signatures or sign-ups',
        ),
        o(
          'e',
          1,
          'Anggota baru atau peserta aksi yang datang karena unggahan',
          'New members or protest turnout that came from posts',
        ),
        o('f', 0, 'Tidak ada yang dicatat, atau saya tidak tahu', "Nothing is recorded, or I don't know"),
      ],
    },
    {
      id: 'TEAM-MEA-02',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Kapan terakhir kali tim Anda duduk bersama membahas unggahan mana yang berhasil dan mana yang tidak?',
        'When did your team last sit down together to discuss which posts worked and which did not?',
      ),
      options: [
        o('a', 0, 'Belum pernah, atau saya tidak tahu', "Never, or I don't know"),
        o('b', 1, 'Lebih dari 6 bulan lalu', 'More than 6 months ago'),
        o('c', 2, 'Dalam 1 sampai 6 bulan terakhir', 'Between 1 and 6 months ago'),
        o('d', 3, 'Dalam sebulan terakhir', 'Within the last month'),
      ],
    },
    {
      id: 'TEAM-MEA-03',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 3 bulan terakhir, pernahkah tim Anda mencoba dua versi untuk pesan yang sama (misalnya dua judul atau dua gambar) lalu membandingkan hasilnya?',
        'In the last 3 months, has your team tried two versions of the same message (for example two headlines or two images) and compared the results?',
      ),
      options: [
        o('a', 0, 'Belum pernah, atau saya tidak tahu', "No, or I don't know"),
        o(
          'b',
          1,
          'Pernah mencoba, tetapi hasilnya tidak dibandingkan',
          'We tried it, but did not compare the results',
        ),
        o('c', 2, 'Pernah, dan hasilnya dibandingkan', 'Yes, and we compared the results'),
        o(
          'd',
          3,
          'Beberapa kali, dan hasilnya mengubah cara kami membuat konten',
          'Several times, and the results changed how we make content',
        ),
      ],
    },
    {
      id: 'TEAM-MEA-04',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Bagaimana pimpinan organisasi mendapat kabar tentang hasil media sosial serikat?',
        "How does the organisation's leadership hear about the results of the union's social media?",
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada laporan', 'There is no report'),
        o('c', 1, 'Secara lisan, kalau ditanya', 'By word of mouth, when they ask'),
        o('d', 2, 'Laporan tertulis sesekali', 'A written report now and then'),
        o(
          'e',
          3,
          'Laporan tertulis rutin, setidaknya tiap 3 bulan, berisi angka dan pelajaran',
          'A regular written report, at least every 3 months, with figures and lessons',
        ),
      ],
    },
    {
      id: 'TEAM-MEA-05',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'single_choice',
      text: t(
        'Apakah tim Anda punya target angka untuk 3 bulan ini, misalnya jumlah unggahan atau jangkauan?',
        'Does your team have numeric targets for these 3 months, such as the number of posts or reach?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'No'),
        o('c', 1, 'Ada, tetapi tidak pernah diperiksa', 'Yes, but they are never checked'),
        o('d', 2, 'Ada, dan sesekali diperiksa', 'Yes, and they are checked now and then'),
        o('e', 3, 'Ada, dan diperiksa setiap bulan', 'Yes, and they are checked every month'),
      ],
    },
    {
      id: 'TEAM-MEA-06',
      dimension: 'TEAM-MEA',
      level: 'team',
      scored: true,
      type: 'scenario',
      text: t(
        'Unggahan ajakan petisi dari tim Anda ditonton 50.000 kali, tetapi hanya 40 orang yang menandatangani petisinya. Apa yang akan dilakukan tim Anda?',
        "Your team's petition posts were viewed 50,000 times, but only 40 people signed the petition. What would your team do?",
      ),
      options: [
        o(
          'a',
          0,
          'Melaporkan kepada pimpinan angka 50.000 tayangan sebagai keberhasilan',
          'Report the 50,000 views to the leadership as a success',
        ),
        o(
          'b',
          2,
          'Bertanya kepada beberapa anggota mengapa mereka tidak menandatangani',
          'Ask a few members why they did not sign',
        ),
        o(
          'c',
          3,
          'Mencari di mana orang berhenti (tautan, halaman petisi, kalimat ajakan), mengubah satu hal, lalu membandingkan hasilnya',
          'Find where people drop off (the link, the petition page, the call to action), change one thing, then compare the results',
        ),
        o(
          'd',
          1,
          'Menganggap kampanye selesai dan pindah ke tema berikutnya',
          'Treat the campaign as over and move on to the next theme',
        ),
      ],
    },
    {
      id: 'OPEN-01',
      dimension: null,
      level: 'team',
      scored: false,
      type: 'open_text',
      text: t(
        'Apa satu hal yang paling akan membantu tim media Anda dalam tiga bulan ke depan?',
        'What is the one thing that would help your media team most in the next three months?',
      ),
    },

    // ── Organisation: strategy & leadership support ─────────────────────────────────────────────
    {
      id: 'ORG-STR-01',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Apakah organisasi Anda punya strategi digital atau strategi media yang tertulis?',
        'Does your organisation have a written digital or media strategy?',
      ),
      evidence: t(
        'Jika ada, tulis judul dokumennya atau di mana dokumen itu disimpan.',
        'If there is one, write the title of the document or where it is kept.',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'No'),
        o('c', 1, 'Sedang disusun', 'It is being drafted'),
        o('d', 2, 'Ada, tetapi jarang dipakai', 'Yes, but it is rarely used'),
        o(
          'e',
          3,
          'Ada, dipakai, dan diperbarui dalam setahun terakhir',
          'Yes, it is used and was updated in the past year',
        ),
      ],
    },
    {
      id: 'ORG-STR-02',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam anggaran organisasi Anda tahun ini, apakah ada dana untuk media dan kampanye digital?',
        "In your organisation's budget this year, is there money for media and digital campaigning?",
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o(
          'b',
          0,
          'Tidak ada; biayanya ditanggung relawan sendiri',
          'No; volunteers pay the costs themselves',
        ),
        o(
          'c',
          1,
          'Ada jika diminta, tetapi tidak ada pos tetap',
          'Yes when asked, but there is no fixed budget line',
        ),
        o('d', 2, 'Ada pos tetap, hanya untuk kuota internet', 'There is a fixed line, for mobile data only'),
        o(
          'e',
          3,
          'Ada pos tetap untuk kuota, alat, dan pelatihan atau iklan',
          'There is a fixed line for data, equipment, and training or ads',
        ),
      ],
    },
    {
      id: 'ORG-STR-03',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 30 hari terakhir, berapa orang pengurus inti organisasi Anda (ketua, sekretaris, bendahara, dan wakilnya) yang membagikan konten serikat di akun pribadinya?',
        "In the last 30 days, how many of your organisation's core officers (chair, secretary, treasurer and their deputies) shared union content on their personal accounts?",
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'None'),
        o('c', 1, 'Satu orang', 'One'),
        o('d', 2, 'Dua atau tiga orang', 'Two or three'),
        o('e', 3, 'Lebih dari tiga orang', 'More than three'),
      ],
    },
    {
      id: 'ORG-STR-04',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Apakah organisasi Anda punya pedoman media sosial, misalnya siapa yang boleh bicara atas nama serikat dan apa yang tidak boleh diunggah?',
        'Does your organisation have a social media policy, for example on who may speak for the union and what must not be posted?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'No'),
        o('c', 1, 'Ada kesepakatan lisan', 'There is an unwritten understanding'),
        o('d', 2, 'Ada pedoman tertulis', 'There is a written policy'),
        o(
          'e',
          3,
          'Ada pedoman tertulis, dan sudah dibahas dengan anggota dalam setahun terakhir',
          'There is a written policy, and it was discussed with members in the past year',
        ),
      ],
    },
    {
      id: 'ORG-STR-05',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'checklist',
      text: t(
        'Dalam 12 bulan terakhir, dukungan apa saja yang Anda lihat diberikan organisasi kepada tim media? Pilih semua yang Anda lihat.',
        'In the last 12 months, what support have you seen the organisation give the media team? Tick everything you have seen.',
      ),
      max: 4,
      options: [
        o('a', 1, 'Pelatihan media atau keamanan digital', 'Training in media or digital safety'),
        o('b', 1, 'Kuota internet atau ponsel', 'Mobile data or phones'),
        o('c', 1, 'Izin meninggalkan pekerjaan untuk tugas media', 'Time off work for media tasks'),
        o(
          'd',
          1,
          'Langganan aplikasi desain atau penyunting video',
          'Subscriptions to design or video editing apps',
        ),
        o(
          'e',
          1,
          'Waktu tetap di rapat pengurus untuk laporan tim media',
          'A standing slot at leadership meetings for the media team',
        ),
        o('f', 0, 'Belum ada, atau saya tidak tahu', "None yet, or I don't know"),
      ],
    },
    {
      id: 'ORG-STR-06',
      dimension: 'ORG-STR',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Menjelang aksi besar, ketua meminta setiap unggahan tentang aksi itu mendapat izin darinya langsung. Ketua sering rapat dan sulit dihubungi. Apa yang Anda usulkan?',
        "Ahead of a major protest, the chair says every post about it needs the chair's own go-ahead. The chair is often in meetings and hard to reach. What do you propose?",
      ),
      options: [
        o(
          'a',
          2,
          'Mengirim semua rancangan unggahan sekaligus setiap pagi untuk diperiksa ketua',
          'Send all draft posts together every morning for the chair to check',
        ),
        o(
          'b',
          0,
          'Mengunggah lewat akun resmi tanpa izin ketua dan berharap dia tidak keberatan',
          "Post on the official account without the chair's go-ahead and hope the chair does not mind",
        ),
        o(
          'c',
          1,
          'Menunggu izin ketua untuk setiap unggahan, walaupun terlambat',
          "Wait for the chair's go-ahead on every post, even if it comes late",
        ),
        o(
          'd',
          3,
          'Menyepakati pesan utama dan batasannya di awal, dan menunjuk satu wakil yang boleh memberi izin saat ketua tidak bisa dihubungi',
          'Settle the key messages and limits in advance, and name one deputy who can give the go-ahead when the chair cannot be reached',
        ),
      ],
    },

    // ── Organisation: rapid response to disinformation (one item per RESIST 2 step) ────────────
    {
      // Recognise
      id: 'ORG-RES-01',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Di kolom komentar beberapa unggahan serikat, dalam satu jam muncul puluhan komentar yang hampir sama: "Serikat cuma cari iuran." Akun-akunnya baru dan tanpa foto profil. Apa yang akan dilakukan tim Anda?',
        'Within an hour, dozens of almost identical comments appear under several union posts: "The union only wants your dues." The accounts are new and have no profile photos. What would your team do?',
      ),
      options: [
        o(
          'a',
          1,
          'Menganggapnya kritik biasa dan membiarkannya',
          'Treat it as ordinary criticism and leave it',
        ),
        o('b', 2, 'Menyembunyikan atau menghapus komentar-komentar itu', 'Hide or delete the comments'),
        o(
          'c',
          0,
          'Membalas setiap komentar satu per satu dengan keras',
          'Reply to every comment one by one, harshly',
        ),
        o(
          'd',
          3,
          'Menandainya sebagai kemungkinan serangan terkoordinasi, menyimpan contoh dan nama akunnya, lalu melapor kepada tim',
          'Flag it as a possible coordinated attack, save examples and account names, then report it to the team',
        ),
      ],
    },
    {
      // Early warning
      id: 'ORG-RES-02',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Bagaimana organisasi Anda biasanya tahu bahwa ada hoaks atau serangan terhadap serikat di media sosial?',
        'How does your organisation usually find out that a hoax or an attack on the union is going round on social media?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o(
          'b',
          1,
          'Baru tahu setelah ramai, atau setelah ditanya anggota',
          'Only once it has blown up, or when members ask',
        ),
        o(
          'c',
          2,
          'Beberapa orang memantau, tetapi tidak rutin',
          'A few people keep an eye out, but not regularly',
        ),
        o(
          'd',
          3,
          'Ada orang yang ditugaskan memantau setiap hari, dan tahu kepada siapa harus melapor',
          'Someone is assigned to monitor every day, and knows whom to alert',
        ),
      ],
    },
    {
      // Situational insight
      id: 'ORG-RES-03',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Sebuah tagar yang menyerang kampanye Transisi Berkeadilan serikat Anda mulai ramai di X (dulu Twitter). Sebelum memutuskan tanggapan, apa yang akan dicari tahu lebih dulu oleh tim Anda?',
        "A hashtag attacking your union's Just Transition campaign starts trending on X (formerly Twitter). Before deciding on a response, what would your team find out first?",
      ),
      options: [
        o(
          'a',
          3,
          'Akun mana yang pertama menyebarkannya, berapa banyak orang sungguhan yang ikut membicarakan, dan apakah anggota ikut terpengaruh',
          'Which accounts started it, how many real people are joining in, and whether members are being swayed',
        ),
        o(
          'b',
          0,
          'Siapa pemilik akun-akun itu, untuk menyebarkan identitas mereka',
          'Who owns the accounts, in order to expose their identities',
        ),
        o('c', 2, 'Berapa banyak unggahan yang memakai tagar itu', 'How many posts use the hashtag'),
        o(
          'd',
          1,
          'Tidak perlu mencari tahu; tagar itu akan hilang sendiri',
          'Nothing; the hashtag will fade on its own',
        ),
      ],
    },
    {
      // Impact analysis
      id: 'ORG-RES-04',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Sebuah akun dengan 300 pengikut menulis bahwa uang iuran serikat Anda dipakai untuk pesta pengurus. Sejauh ini unggahan itu disukai 10 orang dan tidak dibagikan. Apa yang akan dilakukan tim Anda?',
        "An account with 300 followers writes that your union's dues are spent on parties for officers. So far the post has 10 likes and no shares. What would your team do?",
      ),
      options: [
        o(
          'a',
          0,
          'Membuat unggahan bantahan di akun resmi serikat yang menyebut tuduhan itu',
          "Put out a rebuttal on the union's official account that repeats the accusation",
        ),
        o('b', 1, 'Tidak ada yang dilakukan atau dicatat', 'Nothing is done or recorded'),
        o(
          'c',
          3,
          'Mencatat dan terus memantaunya tanpa menanggapi dulu, sambil menyiapkan jawaban jika mulai menyebar',
          'Record it and keep watching without responding yet, while preparing an answer in case it starts to spread',
        ),
        o(
          'd',
          2,
          'Menjawab lewat pesan pribadi kepada pemilik akun itu',
          'Reply by private message to the account owner',
        ),
      ],
    },
    {
      // Strategic communication
      id: 'ORG-RES-05',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Surat palsu yang "membatalkan" mogok nasional sudah beredar di ratusan grup WhatsApp. Mogok dimulai besok pagi. Apa yang akan dilakukan organisasi Anda?',
        'A forged letter "cancelling" the national strike is circulating in hundreds of WhatsApp groups. The strike starts tomorrow morning. What would your organisation do?',
      ),
      options: [
        o(
          'a',
          1,
          'Menunggu rapat pengurus besok pagi untuk memutuskan',
          "Wait for tomorrow morning's leadership meeting to decide",
        ),
        o(
          'b',
          3,
          'Dalam satu jam mengeluarkan pesan singkat dari akun resmi dan juru bicara yang dikenal anggota: mogok tetap berjalan, ciri surat yang asli, dan ke mana bertanya, tanpa menyebarkan gambar surat palsu',
          'Within an hour, put out a short message from the official accounts and a spokesperson members know: the strike goes ahead, how to tell a genuine letter, and where to ask, without spreading the image of the forged letter',
        ),
        o(
          'c',
          0,
          'Menyebarkan gambar surat palsu itu dengan cap "HOAKS" besar ke semua grup',
          'Spread the image of the forged letter with a big "HOAX" stamp to every group',
        ),
        o(
          'd',
          2,
          'Meminta setiap ketua serikat tingkat pabrik menelepon anggotanya satu per satu',
          'Ask every factory-level union chair to phone their members one by one',
        ),
      ],
    },
    {
      // Track outcomes
      id: 'ORG-RES-06',
      dimension: 'ORG-RES',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Setelah organisasi Anda menanggapi hoaks yang terakhir, apa yang dilakukan untuk melihat apakah tanggapan itu berhasil?',
        'After your organisation responded to the last hoax, what was done to see whether the response worked?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o(
          'b',
          0,
          'Tidak ada yang diperiksa, atau organisasi belum pernah menanggapi hoaks',
          'Nothing was checked, or the organisation has never responded to a hoax',
        ),
        o(
          'c',
          1,
          'Melihat apakah hoaks itu masih beredar di grup',
          'Looked at whether the hoax was still circulating in groups',
        ),
        o(
          'd',
          2,
          'Melihat apakah hoaks itu masih beredar, dan bertanya kepada anggota apa yang mereka percayai',
          'Looked at whether it was still circulating, and asked members what they believed',
        ),
        o(
          'e',
          3,
          'Mencatat apa yang terjadi dan apa yang berhasil, lalu memperbarui jawaban siap pakai untuk lain kali',
          'Recorded what happened and what worked, then updated the ready-made answers for next time',
        ),
      ],
    },

    // ── Organisation: network & amplification ───────────────────────────────────────────────────
    {
      id: 'ORG-NET-01',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Dalam 3 bulan terakhir, berapa kali serikat Anda mengunggah serentak bersama federasi, konfederasi, atau serikat lain, dengan pesan, tagar, dan jam yang disepakati?',
        'In the last 3 months, how many times did your union post at the same time as a federation, confederation or other union, with the same message, hashtag and time arranged in advance?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Belum pernah', 'Never'),
        o('c', 1, 'Sekali', 'Once'),
        o('d', 2, '2–3 kali', '2–3 times'),
        o('e', 3, 'Lebih dari 3 kali', 'More than 3 times'),
      ],
    },
    {
      id: 'ORG-NET-02',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Berapa wartawan yang bisa dihubungi langsung oleh organisasi Anda, yaitu nomornya tersimpan dan pernah bicara dengan serikat dalam setahun terakhir?',
        'How many journalists can your organisation contact directly, meaning their number is saved and they have spoken with the union in the past year?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'None'),
        o('c', 1, '1–2 orang', '1–2'),
        o('d', 2, '3–5 orang', '3–5'),
        o('e', 3, 'Lebih dari 5 orang', 'More than 5'),
      ],
    },
    {
      id: 'ORG-NET-03',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'checklist',
      text: t(
        'Dalam 12 bulan terakhir, dengan siapa saja organisasi Anda berkampanye bersama secara daring? Pilih semua yang Anda ketahui.',
        'In the last 12 months, whom has your organisation campaigned with online? Tick everyone you know of.',
      ),
      max: 4,
      options: [
        o('a', 1, 'Serikat di luar konfederasi Anda', 'Unions outside your confederation'),
        o('b', 1, 'Organisasi mahasiswa atau pemuda', 'Student or youth organisations'),
        o(
          'c',
          1,
          'Lembaga bantuan hukum, LSM, atau kelompok perempuan',
          "Legal aid groups, NGOs or women's groups",
        ),
        o('d', 1, 'Kreator konten atau tokoh publik', 'Content creators or public figures'),
        o('e', 1, 'Serikat buruh internasional', 'International trade union bodies'),
        o('f', 0, 'Belum pernah, atau saya tidak tahu', "Nobody yet, or I don't know"),
      ],
    },
    {
      id: 'ORG-NET-04',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Bagaimana anggota biasa (di luar tim media) mendapat bahan untuk dibagikan ke akun dan grup mereka?',
        'How do ordinary members (outside the media team) get material to share on their accounts and in their groups?',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o(
          'b',
          1,
          'Mereka mencari sendiri di akun serikat',
          'They look for it themselves on the union account',
        ),
        o(
          'c',
          2,
          'Kadang-kadang dikirim ke grup WhatsApp anggota',
          "Now and then it is sent to members' WhatsApp groups",
        ),
        o(
          'd',
          3,
          'Ada grup penyebar yang rutin menerima bahan siap bagi, lengkap dengan teks ajakan',
          'A sharing group regularly receives ready-to-share material, with a call-to-action text',
        ),
      ],
    },
    {
      id: 'ORG-NET-05',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'scenario',
      text: t(
        'Sebuah federasi lain meminta serikat Anda ikut menyebarkan tagar solidaritas pukul 19.00 malam ini, untuk buruh yang di-PHK karena mendirikan serikat. Apa yang akan dilakukan serikat Anda?',
        'Another federation asks your union to join a solidarity hashtag at 7 pm tonight, for workers sacked for forming a union. What would your union do?',
      ),
      options: [
        o(
          'a',
          0,
          'Mengunggah pesan yang sama persis berulang kali dari banyak akun palsu, agar tagarnya cepat ramai',
          'Post the exact same message again and again from many fake accounts, so the hashtag trends fast',
        ),
        o('b', 2, 'Mengunggah di akun resmi serikat saja', "Post on the union's official account only"),
        o(
          'c',
          1,
          'Menunggu keputusan rapat pengurus minggu depan',
          "Wait for next week's leadership meeting to decide",
        ),
        o(
          'd',
          3,
          'Mengirim teks dan gambar siap bagi ke grup penyebar dengan jam yang disepakati, lalu melaporkan hasilnya kepada federasi itu',
          'Send ready-to-share text and images to the sharing group with the time set, then report the results back to that federation',
        ),
      ],
    },
    {
      id: 'ORG-NET-06',
      dimension: 'ORG-NET',
      level: 'organisation',
      scored: true,
      type: 'single_choice',
      text: t(
        'Pada aksi atau konferensi pers terakhir serikat Anda, berapa media yang memberitakannya?',
        "At your union's last protest or press conference, how many media outlets reported on it?",
      ),
      evidence: t(
        'Tempel tautan salah satu beritanya (boleh dikosongkan).',
        'Paste the link to one of the reports (optional).',
      ),
      options: [
        o('a', 0, 'Saya tidak tahu', "I don't know"),
        o('b', 0, 'Tidak ada', 'None'),
        o('c', 1, '1–2 media', '1–2 outlets'),
        o('d', 2, '3–5 media', '3–5 outlets'),
        o('e', 3, 'Lebih dari 5 media', 'More than 5 outlets'),
      ],
    },
  ],
};
