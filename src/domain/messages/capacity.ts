// The words about how full the spreadsheet is, for every surface that says them: the sidebar's
// pipeline, the set-up report, the digest and the refusal of a write that would not fit.
import type { Fullness } from '../capacity/capacity';
import { fullPercent } from '../capacity/capacity';
import { activeLang, formatCount, formatCountId, type Lang } from './lang';

/** The user guide's section on what to do when the spreadsheet fills up. */
const SECTION = 'When the spreadsheet is full';

/** 8,345,000 → "8.3 M" (rounded down); under a million, the count itself ("52,000"). */
function cellsEn(n: number): string {
  return n < 1_000_000 ? formatCount(n) : `${Math.floor(n / 100_000) / 10} M`;
}

/** 8.345.000 → "8,3 jt"; under a million, "52.000". */
function cellsId(n: number): string {
  return n < 1_000_000
    ? formatCountId(n)
    : `${String(Math.floor(n / 100_000) / 10).replace('.', ',')} jt`;
}

/** What the sidebar shows: kept apart so its page carries none of the server's sentences. */
const shownEn = {
  /** "Spreadsheet 83% full (8.3 M of 10 M cells)". */
  status: (f: Fullness) =>
    `Spreadsheet ${fullPercent(f)}% full (${cellsEn(f.cells)} of ${cellsEn(f.limit)} cells)`,
  // Plain literals, not templates: the bundler then drops the other language's object.
  help: 'What to do before it is full: see "When the spreadsheet is full" in Prospek\'s user guide.',
};

export type FullnessText = typeof shownEn;

const shownId: FullnessText = {
  status: (f) =>
    `Spreadsheet ${fullPercent(f)}% penuh (${cellsId(f.cells)} dari ${cellsId(f.limit)} sel)`,
  help: 'Yang perlu dilakukan sebelum penuh: lihat bagian "When the spreadsheet is full" di panduan pengguna Prospek.',
};

const en = /* @__PURE__ */ Object.assign({}, shownEn, {
  warning: (f: Fullness) =>
    `Your Prospek spreadsheet is ${fullPercent(f)}% full (${cellsEn(f.cells)} of Google Sheets' limit of ${cellsEn(f.limit)} cells). Move old activities to an archive spreadsheet before it fills up: see "${SECTION}" in Prospek's user guide.`,
  refused: (f: Fullness, adds: number) =>
    `This spreadsheet is ${fullPercent(f)}% full (${cellsEn(f.cells)} of Google Sheets' limit of ${cellsEn(f.limit)} cells) and this would add ${formatCount(adds)} cells, more than fit. Nothing was written. Move old activities to an archive spreadsheet, or delete empty rows and columns at the end of your tabs, then try again (see "${SECTION}" in Prospek's user guide).`,
});

export type CapacityText = typeof en;

const id: CapacityText = /* @__PURE__ */ Object.assign({}, shownId, {
  warning: (f: Fullness) =>
    `Spreadsheet Prospek Anda ${fullPercent(f)}% penuh (${cellsId(f.cells)} dari batas Google Sheets ${cellsId(f.limit)} sel). Pindahkan aktivitas lama ke spreadsheet arsip sebelum penuh: lihat bagian "${SECTION}" di panduan pengguna Prospek.`,
  refused: (f: Fullness, adds: number) =>
    `Spreadsheet ini ${fullPercent(f)}% penuh (${cellsId(f.cells)} dari batas Google Sheets ${cellsId(f.limit)} sel) dan tindakan ini menambah ${formatCountId(adds)} sel, lebih dari yang muat. Tidak ada yang ditulis. Pindahkan aktivitas lama ke spreadsheet arsip, atau hapus baris dan kolom kosong di ujung tab Anda, lalu coba lagi (lihat bagian "${SECTION}" di panduan pengguna Prospek).`,
});

declare const PROSPEK_ONLY_LANG: Lang | undefined;

export function capacityText(lang: Lang = activeLang()): CapacityText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id' ? id : en;
}

/** The sidebar's part: the status line and where to read on. */
export function fullnessText(lang: Lang = activeLang()): FullnessText {
  return (typeof PROSPEK_ONLY_LANG === 'undefined' ? lang : PROSPEK_ONLY_LANG) === 'id'
    ? shownId
    : shownEn;
}
