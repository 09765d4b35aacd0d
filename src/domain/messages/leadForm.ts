// The lead form's words: the questions a prospect reads (in the sheet language), the menu's and
// the Settings tab's, what the log and the email say. One object per language, typed alike.
import { activeLang, formatCount, formatCountId, type Lang } from './lang';

const en = {
  menu: {
    create: 'Create lead form',
    process: 'Process form responses',
  },
  formTitle: (business: string) =>
    business ? `${business}: tell us about you` : 'Tell us about you',
  formDescription:
    'A few questions so we can see how we can help. It takes a minute; we only use your answers to get back to you.',
  /** Default question wording; the seller edits it in Settings. */
  questions: {
    name: 'Your name',
    company: 'Business name',
    phone: 'Phone / WhatsApp',
    email: 'Email',
    birthday: 'Birthday (optional)',
    fitsMarket: 'Is your business the kind we serve?',
    canAfford: 'Do you have a budget for this now?',
    canDecide: 'Do you decide on this purchase?',
    consent: 'May we contact you?',
  },
  title: 'Lead form',
  created: (published: string, edit: string) =>
    `Your lead form is ready.\n\nShare this link with prospects (WhatsApp, Instagram, your website):\n${published}\n\nEdit the form here:\n${edit}\n\nEach answer lands in Contacts as a lead.`,
  reuse: (published: string) =>
    `This sheet already has a lead form:\n${published}\n\nYes: keep using it (nothing changes). No: make a new form with the questions in Settings.`,
  kept: (published: string, edit: string) =>
    `Keep sharing your lead form:\n${published}\n\nEdit it here:\n${edit}`,
  noForm: 'This sheet has no lead form yet: use "Create lead form" first.',
  processed: (n: number) =>
    n === 0
      ? 'Every form response is already in Contacts; nothing to do.'
      : `Added ${formatCount(n)} form ${n === 1 ? 'response' : 'responses'} to Contacts.`,
  by: 'Online form',
  unnamed: '(no name given)',
  evidence: (day: string, answer: string) => `Answered the online form on ${day}: ${answer}`,
  answerSummary: (answers: string) => `Form answer. ${answers}`,
  consentNo: 'They asked not to be contacted (Keep in touch: No).',
  sent: {
    subject: (business: string) =>
      business ? `A few questions from ${business}` : 'A few questions',
    body: (name: string, url: string, business: string) =>
      `Hi ${name || 'there'},\n\nCould you answer a few short questions? Your details are already filled in:\n${url}\n\nThank you!\n${business}`,
    html: (name: string, url: string, business: string) =>
      `<p>Hi ${name || 'there'},</p><p>Could you answer a few short questions? Your details are already filled in:</p><p><a href="${url}">Open the form</a></p><p>Thank you!<br>${business}</p>`,
    logged: (to: string) => `Sent the lead form by email to ${to}.`,
    done: (to: string) => `Sent the form to ${to}.`,
  },
  noEmail: 'This contact has no email address to send the form to.',
  quotaUsedUp: "Today's email quota is used up; the form was not sent. Try again tomorrow.",
  settings: {
    heading: 'Lead form',
    intro:
      'The questions of the form prospects fill in. Word the target-market question for your market. Changes apply to the next form you create.',
    business: 'Your business name (shown on the form)',
    reset: 'Blank = the default wording.',
    save: 'Use these questions',
    saved: 'Questions saved.',
    link: 'Your form',
    edit: 'Edit form',
  },
};

export type LeadFormText = typeof en;

const id: LeadFormText = {
  menu: {
    create: 'Buat formulir calon',
    process: 'Proses jawaban formulir',
  },
  formTitle: (business: string) =>
    business ? `${business}: ceritakan tentang Anda` : 'Ceritakan tentang Anda',
  formDescription:
    'Beberapa pertanyaan agar kami tahu cara membantu Anda. Cukup semenit; jawaban Anda hanya dipakai untuk menghubungi Anda kembali.',
  questions: {
    name: 'Nama Anda',
    company: 'Nama usaha',
    phone: 'No HP / WhatsApp',
    email: 'Email',
    birthday: 'Ulang tahun (opsional)',
    fitsMarket: 'Apakah usaha Anda termasuk yang kami layani?',
    canAfford: 'Apakah Anda punya anggaran untuk ini sekarang?',
    canDecide: 'Apakah Anda yang memutuskan pembelian ini?',
    consent: 'Bolehkah kami menghubungi Anda?',
  },
  title: 'Formulir calon',
  created: (published: string, edit: string) =>
    `Formulir calon Anda sudah siap.\n\nBagikan tautan ini ke calon pembeli (WhatsApp, Instagram, situs web Anda):\n${published}\n\nUbah formulir di sini:\n${edit}\n\nSetiap jawaban masuk ke Kontak sebagai calon.`,
  reuse: (published: string) =>
    `Sheet ini sudah punya formulir calon:\n${published}\n\nYa: tetap pakai formulir itu (tidak ada yang berubah). Tidak: buat formulir baru dengan pertanyaan di Setelan.`,
  kept: (published: string, edit: string) =>
    `Terus bagikan formulir calon Anda:\n${published}\n\nUbah di sini:\n${edit}`,
  noForm: 'Sheet ini belum punya formulir calon: pakai "Buat formulir calon" dulu.',
  processed: (n: number) =>
    n === 0
      ? 'Semua jawaban formulir sudah ada di Kontak; tidak ada yang perlu dikerjakan.'
      : `${formatCountId(n)} jawaban formulir ditambahkan ke Kontak.`,
  by: 'Formulir online',
  unnamed: '(tanpa nama)',
  evidence: (day: string, answer: string) => `Menjawab formulir online pada ${day}: ${answer}`,
  answerSummary: (answers: string) => `Jawaban formulir. ${answers}`,
  consentNo: 'Mereka minta tidak dihubungi (Tetap berhubungan: Tidak).',
  sent: {
    subject: (business: string) =>
      business ? `Beberapa pertanyaan dari ${business}` : 'Beberapa pertanyaan',
    body: (name: string, url: string, business: string) =>
      `Halo ${name || 'Kak'},\n\nBoleh minta waktunya menjawab beberapa pertanyaan singkat? Data Anda sudah terisi:\n${url}\n\nTerima kasih!\n${business}`,
    html: (name: string, url: string, business: string) =>
      `<p>Halo ${name || 'Kak'},</p><p>Boleh minta waktunya menjawab beberapa pertanyaan singkat? Data Anda sudah terisi:</p><p><a href="${url}">Buka formulir</a></p><p>Terima kasih!<br>${business}</p>`,
    logged: (to: string) => `Formulir calon dikirim lewat email ke ${to}.`,
    done: (to: string) => `Formulir dikirim ke ${to}.`,
  },
  noEmail: 'Kontak ini tidak punya alamat email untuk dikirimi formulir.',
  quotaUsedUp: 'Kuota email hari ini sudah habis; formulir tidak dikirim. Coba lagi besok.',
  settings: {
    heading: 'Formulir calon',
    intro:
      'Pertanyaan di formulir yang diisi calon pembeli. Sesuaikan pertanyaan target pasar dengan pasar Anda. Perubahan berlaku untuk formulir berikutnya yang Anda buat.',
    business: 'Nama usaha Anda (tampil di formulir)',
    reset: 'Kosong = kalimat bawaan.',
    save: 'Pakai pertanyaan ini',
    saved: 'Pertanyaan disimpan.',
    link: 'Formulir Anda',
    edit: 'Ubah formulir',
  },
};

// A page built for one language defines PROSPEK_ONLY_LANG (see server.ts), leaving the other out.
declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function leadFormText(lang: Lang = activeLang()): LeadFormText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}
