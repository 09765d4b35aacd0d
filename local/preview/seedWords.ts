// The demo's words in Bahasa Indonesia, for a workbook started with `npm start -- --lang id`:
// the headers, stages and answers an Indonesian sheet shows (as Set up sheet wrote them), and
// the contacts' notes and conversations as an Indonesian seller would type them. The demo knows
// only what a user sees, so these are the words of the sheet, not the add-on's code.

/** English header → Indonesian header, as an Indonesian sheet's header row says them. */
export const HEADERS_ID: Record<string, string> = {
  Name: 'Nama',
  Company: 'Perusahaan',
  Phone: 'No HP',
  'Postal address': 'Alamat pos',
  Birthday: 'Ulang tahun',
  'Lead source': 'Sumber calon',
  Owner: 'Penanggung jawab',
  Stage: 'Tahap',
  'Fits target market': 'Sesuai target pasar',
  'Can afford': 'Mampu membeli',
  'Can decide': 'Bisa memutuskan',
  Readiness: 'Kesiapan',
  'Next follow-up': 'Tindak lanjut berikutnya',
  'Last contacted': 'Terakhir dihubungi',
  'Keep in touch': 'Tetap berhubungan',
  'Recontact on': 'Hubungi lagi pada',
  Purchases: 'Jumlah pembelian',
  'Last purchase': 'Pembelian terakhir',
  Notes: 'Catatan',
  Created: 'Dibuat',
  Updated: 'Diperbarui',
  'Activity ID': 'ID aktivitas',
  When: 'Waktu',
  'Contact ID': 'ID kontak',
  'Contact name': 'Nama kontak',
  Type: 'Jenis',
  Summary: 'Ringkasan',
  'Their questions': 'Pertanyaan mereka',
  'Their concerns': 'Kekhawatiran mereka',
  'Next step': 'Langkah berikutnya',
  'Follow-up date': 'Tanggal tindak lanjut',
  By: 'Oleh',
};

/** Stage, answer, source and conversation-type words of an Indonesian sheet. */
export const VALUES_ID: Record<string, string> = {
  Lead: 'Calon',
  Prospect: 'Prospek',
  'In sales': 'Dalam penjualan',
  Customer: 'Pelanggan',
  'Repeat buyer': 'Pelanggan tetap',
  'Not ready': 'Belum siap',
  'Said no': 'Menolak',
  'Not a fit': 'Tidak cocok',
  Yes: 'Ya',
  No: 'Tidak',
  Unknown: 'Belum tahu',
  'Ready now': 'Siap sekarang',
  'Not yet': 'Belum',
  'Bought list': 'Daftar beli',
  'Phone book': 'Buku telepon',
  'Internet search': 'Cari di internet',
  'In person': 'Tatap muka',
  Referral: 'Rekomendasi',
  Event: 'Acara',
  Other: 'Lainnya',
  Call: 'Telepon',
  Meeting: 'Pertemuan',
  Email: 'Email',
  Message: 'Pesan',
  Note: 'Catatan',
};

/** The demo's free text in Indonesian: notes and conversation lines. */
export const TEXT_ID: Record<string, string> = {
  'Met in the queue at Superindo; runs a busy lunch warung.':
    'Ketemu di antrean Superindo; punya warung makan siang yang ramai.',
  'Hardware store, two branches.': 'Toko bangunan, dua cabang.',
  'Sells batik tulis online and at Pasar Klewer.': 'Jual batik tulis online dan di Pasar Klewer.',
  'Referred by Bu Siti. Custom birthday cakes.':
    'Direkomendasikan Bu Siti. Kue ulang tahun pesanan.',
  'Card from the UMKM expo at Grand City.': 'Kartu nama dari pameran UMKM di Grand City.',
  'Digital printing, banners and stickers.': 'Digital printing, spanduk dan stiker.',
  'Coffee shop near IPB campus.': 'Kedai kopi dekat kampus IPB.',
  'Office catering, 300 boxes a day.': 'Katering kantor, 300 kotak sehari.',
  'Hijab boutique, strong Instagram following.': 'Butik hijab, pengikut Instagram banyak.',
  'Flower arrangements for weddings.': 'Rangkaian bunga untuk pernikahan.',
  'Teak furniture maker, exports a little.': 'Pembuat mebel jati, sedikit ekspor.',
  'Dental clinic, three chairs.': 'Klinik gigi, tiga kursi.',
  'Gold shop; careful with money, wants a trial.': 'Toko emas; hati-hati soal uang, mau coba dulu.',
  'Small trucking company, 12 trucks.': 'Usaha angkutan kecil, 12 truk.',
  'Jeep tours to Bromo sunrise.': 'Tur jip ke sunrise Bromo.',
  'Bought the starter package in October.': 'Beli paket awal bulan Oktober.',
  'Famous bakso stall, opening a second one.': 'Warung bakso terkenal, buka cabang kedua.',
  'Streetwear distro.': 'Distro pakaian.',
  'Tailor shop; pays on time.': 'Penjahit; bayar selalu tepat waktu.',
  'Third order in a year; likes WhatsApp.': 'Pesanan ketiga tahun ini; suka lewat WhatsApp.',
  'Sambal bottled for tourists.': 'Sambal botolan untuk wisatawan.',
  'Phone repair shop; reorders every quarter.': 'Servis HP; pesan lagi tiap tiga bulan.',
  'Rice farmer group; decides after harvest.': 'Kelompok tani padi; memutuskan setelah panen.',
  'Opening a new branch first.': 'Mau buka cabang baru dulu.',
  'Uses a competitor; open to hearing again next year.':
    'Pakai pesaing; mau dihubungi lagi tahun depan.',
  'Price was the issue.': 'Masalahnya di harga.',
  'Too small: one table and a kettle.': 'Terlalu kecil: satu meja dan satu ceret.',
  'Landlord, not the buyer; the owner lives abroad.':
    'Pengelola, bukan pembeli; pemiliknya tinggal di luar negeri.',
  'How long does setting it up take?': 'Berapa lama memasangnya?',
  'Send the price list on WhatsApp': 'Kirim daftar harga lewat WhatsApp',
  'Can my staff use it on their phones?': 'Apakah karyawan saya bisa pakai di HP?',
  'Monthly cost during the slow season': 'Biaya bulanan saat sepi pembeli',
  'Prepare an offer': 'Siapkan penawaran',
  'Sent the offer with two payment options.': 'Penawaran dikirim dengan dua pilihan pembayaran.',
  'Wants to pay in two instalments': 'Ingin bayar dua kali cicilan',
  'Call back to close': 'Telepon lagi untuk closing',
  'Reordered by WhatsApp. Happy with delivery.':
    'Pesan lagi lewat WhatsApp. Puas dengan pengiriman.',
  'Not now: cash is tight until next season.':
    'Belum sekarang: kas sedang ketat sampai musim depan.',
  'Try again in three months': 'Coba lagi tiga bulan lagi',
  'Said no for now. Asked to stay on our list.':
    'Menolak untuk sekarang. Minta tetap di daftar kami.',
  Price: 'Harga',
  'Does not fit our target market.': 'Tidak sesuai target pasar kami.',
};

/** Sentences made from a name or company, in Indonesian. */
export const SENTENCES_ID = {
  firstTalk: (first: string, company: string) => `Obrolan pertama dengan ${first} soal ${company}.`,
  visited: (company: string, city: string) =>
    `Berkunjung ke ${company} di ${city}; menunjukkan demo.`,
  agreed: (first: string) => `${first} setuju; pesanan pertama masuk.`,
};
