// `npm start -- --lang id`: the preview starts with an Indonesian demo, its headers, stages and
// conversation notes as an Indonesian seller's sheet has them, the menu and sidebar in Indonesian,
// and the daily digest in Indonesian. English stays the default (preview.test.ts).
import { startPreview, tempWorkbook, type RunningPreview } from './previewHarness';

jest.setTimeout(60_000);

interface Sheet {
  name: string;
  values: unknown[][];
}
const ID_STAGES = [
  'Calon',
  'Prospek',
  'Dalam penjualan',
  'Pelanggan',
  'Pelanggan tetap',
  'Belum siap',
  'Menolak',
  'Tidak cocok',
];

let preview: RunningPreview;
beforeAll(async () => {
  preview = await startPreview(tempWorkbook(), ['--lang', 'id']);
});
afterAll(() => preview?.stop());

async function sheet(name: string): Promise<Sheet> {
  const wb = (await preview.api<{ sheets: Sheet[] }>('GET', '/api/workbook')).body;
  return wb.sheets.find((s) => s.name === name)!;
}
const column = (s: Sheet, header: string) => {
  const i = s.values[0].indexOf(header);
  expect(i).toBeGreaterThanOrEqual(0);
  return s.values.slice(1).map((r) => String(r[i]));
};

describe('npm start -- --lang id', () => {
  it('writes the demo under Indonesian headers, with Indonesian stages and answers', async () => {
    const contacts = await sheet('Contacts');
    expect(contacts.values[0].slice(0, 7)).toEqual([
      'ID',
      'Nama',
      'Perusahaan',
      'Email',
      'No HP',
      'Alamat pos',
      'Ulang tahun',
    ]);
    for (const english of ['Name', 'Stage', 'Next follow-up', 'Phone'])
      expect(contacts.values[0]).not.toContain(english);
    expect(contacts.values).toHaveLength(41);
    expect(new Set(column(contacts, 'Tahap'))).toEqual(new Set(ID_STAGES));
    expect(new Set(column(contacts, 'Sesuai target pasar'))).toEqual(
      new Set(['Ya', 'Tidak', 'Belum tahu']),
    );
    expect(column(contacts, 'Catatan')).toContain('Masalahnya di harga.');
  });

  it('logs the conversations in Indonesian', async () => {
    const log = await sheet('Activities');
    expect(log.values[0]).toEqual(expect.arrayContaining(['Jenis', 'Ringkasan', 'Waktu']));
    const types = new Set(column(log, 'Jenis'));
    expect([...types].sort()).toEqual(
      ['Email', 'Pertemuan', 'Pesan', 'Catatan', 'Tatap muka', 'Telepon'].sort(),
    );
    const summaries = column(log, 'Ringkasan');
    expect(summaries.some((s) => s.startsWith('Obrolan pertama dengan Siti'))).toBe(true);
    expect(summaries.join(' ')).not.toMatch(/First talk|Visited|agreed/);
  });

  it('builds the menu in Indonesian and sends the digest in Indonesian', async () => {
    const state = (
      await preview.api<{ menus: { items: { caption: string }[] }[] }>('GET', '/api/state')
    ).body;
    const captions = state.menus.flatMap((m) => m.items.map((i) => i.caption));
    expect(captions).toContain('Siapkan sheet');
    expect((await preview.api('POST', '/api/clock', { advance: '1d' })).status).toBe(200);
    const outbox = (await preview.api<{ subject: string; body: string }[]>('GET', '/api/outbox'))
      .body;
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox[0].subject).toMatch(/^Prospek: \d+ pengingat untuk /);
    expect(outbox[0].body).toMatch(/Tindak lanjut|Ulang tahun/);
  });
});
