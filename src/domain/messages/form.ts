// The words the sidebar's forms show as well as the server: dates, qualification outcomes and
// the reminder settings. Kept apart from server.ts so the sidebar bundles only these.
import { daftar, activeLang, list, type Lang } from './lang';

const en = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  dayMonth: (day: number, month: string) => `${day} ${month}`,
  dayMonthYear: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** Sunday first, as Date#getDay counts. */
  weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  /** "Mon, 15 Dec". */
  shortDay: (weekday: string, day: number, month: string) => `${weekday}, ${day} ${month}`,
  /** A day typed in each order, for prompts and hints. */
  dayExample: (order: 'dmy' | 'mdy'): string =>
    order === 'dmy' ? '15/12/2026 or 15 Dec' : '12/15/2026 or Dec 15',
  /** Under a date field: "Day first, e.g. 15/12/2026 or 15 Dec". */
  dayHint: (order: 'dmy' | 'mdy', example: string): string =>
    `${order === 'dmy' ? 'Day first' : 'Month first'}, e.g. ${example}`,
  /** A date field's text Prospek can't read as a day. */
  dayUnreadable: (example: string) => `Prospek can't read that as a date. Type it like ${example}.`,

  // Qualification, in the words of the form's criterion labels ("Can make the buying decision").
  criterionFailed: {
    fitsMarket: "doesn't fit the target market",
    canAfford: "can't afford the offer",
    canDecide: "can't make the buying decision",
  },
  /** What is still to find out: "whether they ..." each of these. */
  criterionOpen: {
    fitsMarket: 'fit the target market',
    canAfford: 'can afford the offer',
    canDecide: 'can make the buying decision',
  },
  /** What is not the case yet, for a 'Not yet' answer. */
  criterionNotYet: {
    fitsMarket: "doesn't fit the target market yet",
    canAfford: "can't afford the offer yet",
    canDecide: "can't make the buying decision yet",
  },
  qualifiedProspect: 'All three criteria are met: a prospect.',
  qualifiedNotAFit: (reasons: readonly string[]) => `Not a fit: ${list(reasons)}.`,
  qualifiedNotReady: (waiting: readonly string[]) =>
    `Not ready: ${list(waiting)}. Follow up later.`,
  /** How each answer reads in the form and the verdict. */
  answers: { Yes: 'Yes', 'Not yet': 'Not yet', No: 'No', Unknown: 'Unknown' },
  /** The answers that decided the verdict: "Decided by Can afford: Not yet." */
  decidedBy: (answers: readonly string[]) => `Decided by ${list(answers)}.`,
  followUpOn: (day: string) => `Follow up on ${day}.`,
  qualifiedStillLead: (open: readonly string[]) =>
    `Still a lead: still unknown whether they ${list(open)}.`,
  criterionAnswer: (label: string, answer: string) => `${label}: ${answer || 'Unknown'}`,

  // Reminder settings (Settings tab) and the daily run
  reminderSettings: {
    labels: {
      enabled: 'Daily reminder email',
      hour: 'Hour of day',
      recipient: 'Send to',
      scope: 'Whose contacts',
      cardLeadDays: 'Birthday card lead time (days)',
      staleDays: 'Quiet prospect after (days)',
      keepInTouch: 'Keep-in-touch reminders',
      notReadyDays: 'Follow up a not-ready contact after (days)',
    },
    wholeNumberIn: (label: string, min: number, max: number) =>
      `${label} must be a whole number from ${min} to ${max}.`,
    scopeChoice: (label: string) => `${label} must be "mine" or "everyone".`,
    hourWindow: (day: string, hour: number) =>
      `${day} between ${String(hour).padStart(2, '0')}:00 and ${String((hour + 1) % 24).padStart(2, '0')}:00`,
    stateOff: 'Daily reminders are off.',
    stateOn: (when: string, timeZone: string) => `On. Next digest: ${when} (${timeZone} time).`,
    stateRetry: (when: string, timeZone: string) =>
      `On. The last digest could not be sent yet; Prospek tries again ${when} (${timeZone} time).`,
    lastSent: (day: string, to: string) => `Last digest sent for ${day} to ${to}.`,
    lastNothing: (day: string) => `Nothing was due on ${day}, so no email went out.`,
    saved: 'Settings saved.',
    noActiveUser:
      "Prospek can't see your email address, so it doesn't know where to send reminders. Fill in Send to.",
    // The Settings tab
    tab: {
      heading: 'Daily reminders',
      intro:
        'One email a day with follow-ups, birthdays (in time to post a card), people to get back in touch with and prospects gone quiet.',
      hourOption: (hour: number) =>
        `${String(hour).padStart(2, '0')}:00–${String((hour + 1) % 24).padStart(2, '0')}:00`,
      hourHint: 'Google runs it some time within this hour, in the spreadsheet’s time zone.',
      recipientHint: (me: string) => (me ? `Leave empty to send to ${me}.` : ''),
      scopeMine: 'Mine (owner is me or empty)',
      scopeEveryone: 'Everyone’s',
      leadHint: 'Days before a birthday to be reminded to post a card.',
      staleHint: 'A prospect or contact in sales with no conversation for longer than this.',
      keepInTouchHint: 'People who said no but agreed to hear from you again.',
      notReadyHint:
        'When a criterion is answered “Not yet”, the contact form suggests this Next follow-up.',
      save: 'Save',
      saving: 'Saving…',
      loading: 'Loading settings…',
      loadFailed: 'Settings could not be loaded:',
      saveFailed: 'Nothing was saved:',
      testHint: 'To see the email now: Prospek menu › Send me a test digest now.',
    },
  },
};

export type FormText = typeof en;

const id: FormText = {
  months: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  dayMonth: (day: number, month: string) => `${day} ${month}`,
  dayMonthYear: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  weekdaysShort: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  shortDay: (weekday: string, day: number, month: string) => `${weekday}, ${day} ${month}`,
  dayExample: (order: 'dmy' | 'mdy'): string =>
    order === 'dmy' ? '15/12/2026 atau 15 Des' : '12/15/2026 atau Des 15',
  dayHint: (order: 'dmy' | 'mdy', example: string): string =>
    `${order === 'dmy' ? 'Tanggal dulu' : 'Bulan dulu'}, mis. ${example}`,
  dayUnreadable: (example: string) =>
    `Prospek tidak bisa membacanya sebagai tanggal. Tulis seperti ${example}.`,

  criterionFailed: {
    fitsMarket: 'tidak sesuai target pasar',
    canAfford: 'tidak mampu membeli penawaran',
    canDecide: 'tidak bisa memutuskan pembelian',
  },
  criterionOpen: {
    fitsMarket: 'sesuai target pasar',
    canAfford: 'mampu membeli penawaran',
    canDecide: 'bisa memutuskan pembelian',
  },
  criterionNotYet: {
    fitsMarket: 'belum sesuai target pasar',
    canAfford: 'belum mampu membeli penawaran',
    canDecide: 'belum bisa memutuskan pembelian',
  },
  qualifiedProspect: 'Ketiga kriteria terpenuhi: sudah jadi prospek.',
  qualifiedNotAFit: (reasons: readonly string[]) => `Tidak cocok: ${daftar(reasons)}.`,
  qualifiedNotReady: (waiting: readonly string[]) =>
    `Belum siap: ${daftar(waiting)}. Hubungi lagi nanti.`,
  answers: { Yes: 'Ya', 'Not yet': 'Belum sekarang', No: 'Tidak', Unknown: 'Belum tahu' },
  decidedBy: (answers: readonly string[]) => `Ditentukan oleh ${daftar(answers)}.`,
  followUpOn: (day: string) => `Tindak lanjut pada ${day}.`,
  qualifiedStillLead: (open: readonly string[]) =>
    `Masih calon pelanggan: belum diketahui apakah ${daftar(open)}.`,
  criterionAnswer: (label: string, answer: string) => `${label}: ${answer || 'Belum tahu'}`,

  reminderSettings: {
    labels: {
      enabled: 'Email pengingat harian',
      hour: 'Jam',
      recipient: 'Kirim ke',
      scope: 'Kontak siapa',
      cardLeadDays: 'Kirim kartu ulang tahun (hari sebelumnya)',
      staleDays: 'Prospek dianggap diam setelah (hari)',
      keepInTouch: 'Pengingat tetap berhubungan',
      notReadyDays: 'Hubungi lagi kontak yang belum siap setelah (hari)',
    },
    wholeNumberIn: (label: string, min: number, max: number) =>
      `${label} harus bilangan bulat dari ${min} sampai ${max}.`,
    scopeChoice: (label: string) => `${label} harus "punya saya" atau "semua".`,
    hourWindow: (day: string, hour: number) =>
      `${day} antara pukul ${String(hour).padStart(2, '0')}.00 dan ${String((hour + 1) % 24).padStart(2, '0')}.00`,
    stateOff: 'Pengingat harian mati.',
    stateOn: (when: string, timeZone: string) =>
      `Aktif. Ringkasan berikutnya: ${when} (waktu ${timeZone}).`,
    stateRetry: (when: string, timeZone: string) =>
      `Aktif. Ringkasan terakhir belum terkirim; Prospek mencoba lagi ${when} (waktu ${timeZone}).`,
    lastSent: (day: string, to: string) => `Ringkasan terakhir untuk ${day} dikirim ke ${to}.`,
    lastNothing: (day: string) => `Tidak ada yang jatuh tempo pada ${day}, jadi tidak ada email.`,
    saved: 'Pengaturan disimpan.',
    noActiveUser:
      'Prospek tidak bisa melihat alamat email Anda, jadi tidak tahu ke mana pengingat dikirim. Isi kolom Kirim ke.',
    tab: {
      heading: 'Pengingat harian',
      intro:
        'Satu email sehari berisi tindak lanjut, ulang tahun (tepat waktu untuk kirim kartu), orang yang perlu dihubungi lagi dan prospek yang mulai diam.',
      hourOption: (hour: number) =>
        `${String(hour).padStart(2, '0')}.00–${String((hour + 1) % 24).padStart(2, '0')}.00`,
      hourHint: 'Google menjalankannya dalam jam ini, menurut zona waktu spreadsheet.',
      recipientHint: (me: string) => (me ? `Kosongkan untuk mengirim ke ${me}.` : ''),
      scopeMine: 'Punya saya (atau tanpa pemilik)',
      scopeEveryone: 'Semua orang',
      leadHint: 'Berapa hari sebelum ulang tahun diingatkan untuk kirim kartu.',
      staleHint: 'Prospek atau kontak dalam penjualan tanpa percakapan lebih lama dari ini.',
      keepInTouchHint: 'Orang yang menolak tetapi mau dihubungi lagi.',
      notReadyHint:
        'Jika ada kriteria dijawab “Belum sekarang”, formulir kontak menyarankan tindak lanjut ini.',
      save: 'Simpan',
      saving: 'Menyimpan…',
      loading: 'Memuat pengaturan…',
      loadFailed: 'Pengaturan tidak bisa dimuat:',
      saveFailed: 'Tidak ada yang disimpan:',
      testHint:
        'Untuk melihat emailnya sekarang: menu Prospek › Kirimi saya ringkasan uji sekarang.',
    },
  },
};
// A page built for one language (the sidebar's, scripts/build.mjs) defines PROSPEK_ONLY_LANG, so
// the bundler folds this choice and leaves the other language's catalog out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function formText(lang: Lang = activeLang()): FormText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
