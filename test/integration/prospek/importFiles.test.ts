// Real export files, parsed as the Import tab parses them and imported through the built bundle.
import type { Runtime } from '../../../local/runtime/index';
import { decodeCellText } from '../../../src/domain/contact/cellText';
import { setUpSheet } from '../../support/workbook';
import { fixture, importParsed } from './importHarness';

/** The Contacts tab as header → value, text read back as Prospek reads it (cellText decoded). */
function contactsTab(rt: Runtime, raw = false): Record<string, unknown>[] {
  const rows = rt.workbook().sheet('Contacts')!.rows;
  const header = rows[0].map(String);
  const read = (v: unknown) => (typeof v === 'string' && !raw ? decodeCellText(v) : v);
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, read(r[i])])));
}

describe('Google Contacts CSV', () => {
  it('joins names, keeps other emails and phones in notes, keeps address lines', async () => {
    const rt = setUpSheet();
    const { preview, totals } = await importParsed(rt, fixture('google-contacts.csv'));
    expect(preview.counts).toEqual({ rows: 4, new: 3, existing: 0, inFile: 0, invalid: 1 });
    expect(preview.notes.map((n) => n.message)).toEqual([
      'Line 8: No name: map a name column, or first and last name.',
    ]);
    expect(totals.added).toBe(3);
    const [budi, siti, hacker] = contactsTab(rt);
    expect(budi.Name).toBe('Budi Santoso');
    expect(budi.Company).toBe('PT Maju Jaya');
    expect(budi.Email).toBe('budi@majujaya.co.id');
    expect(budi.Phone).toBe('+62 812-3456-7890');
    expect(budi['Postal address']).toBe('Jl. Sudirman No. 1\nJakarta 10220\nIndonesia');
    expect(budi.Birthday).toBe('1986-12-12');
    expect(budi.Notes).toBe(
      'Met at the Jakarta expo.\nWants a demo in January.\nE-mail 1 - Value: budi.santoso@gmail.com\nPhone 2 - Value: 021 555 0101',
    );
    expect(budi['Organization Title']).toBe('Direktur');
    expect(budi.Stage).toBe('Lead');
    expect(budi['Lead source']).toBe('Bought list');
    expect(siti.Name).toBe('Siti Nur Aisyah');
    expect(siti.Phone).toBe('0813 1111 2222');
    expect(siti.Birthday).toBe('--03-08');
    // Formula text is stored as text in a plain-text cell (no apostrophe), read back as typed.
    expect(hacker.Name).toBe('=HYPERLINK("http://evil.example","x") Hacker');
    expect(contactsTab(rt, true)[2].Name).toBe('=HYPERLINK("http://evil.example","x") Hacker');
    expect(hacker.Notes).toBe('+1 Call me, "maybe"');
    expect(rt.workbook().sheet('Contacts')!.formulas.size).toBe(0);
  });
});

describe('Outlook CSV', () => {
  for (const file of ['outlook.csv', 'outlook-semicolon.csv']) {
    it(`reads ${file}: byte-order mark, quoted delimiters and newlines, Outlook dates`, async () => {
      const rt = setUpSheet();
      const { preview } = await importParsed(rt, fixture(file));
      expect(preview.counts).toEqual({ rows: 3, new: 2, existing: 0, inFile: 0, invalid: 1 });
      expect(preview.notes.map((n) => n.message)).toEqual([
        'Line 5: "not-an-email" doesn\'t look like an email address. "0812 3" isn\'t a phone number (6 to 20 digits).',
      ]);
      const [andi, dewi] = contactsTab(rt);
      expect(andi.Name).toBe('Andi Wijaya');
      expect(andi.Company).toBe('CV Wijaya, Cabang Bandung');
      expect(andi.Email).toBe('andi@wijaya.id');
      expect(andi.Phone).toBe('(021) 555-0199');
      expect(andi['Postal address']).toBe('Jl. Asia Afrika 8, Bandung, 40111, Indonesia');
      // Outlook's M/D/YYYY is read: a readable birthday goes to Birthday, never to Notes.
      expect(andi.Birthday).toBe('1980-01-15');
      expect(andi.Notes).toBe(
        'Prefers WhatsApp;\nasks about price first.\nE-mail 2 Address: andi.w@gmail.com\nMobile Phone: 0812 9999 8888',
      );
      expect(andi['Job Title']).toBe('Owner');
      expect(dewi.Email).toBe('DEWI@lestari.id');
      expect(dewi.Notes).toBe('');
    });
  }
});

describe('LinkedIn connections', () => {
  it('skips the note lines above the header and finds the duplicate within the file', async () => {
    const rt = setUpSheet();
    const file = fixture('linkedin-connections.csv');
    expect(file.header).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(file.skippedAbove).toBe(3);
    const { preview, totals } = await importParsed(rt, file);
    expect(preview.counts).toEqual({ rows: 3, new: 2, existing: 0, inFile: 1, invalid: 0 });
    expect(preview.notes.map((n) => n.message)).toEqual([
      'Line 7: same name and company as line 5.',
    ]);
    expect(totals).toMatchObject({ added: 2, skipped: 1 });
    const [rina, agus] = contactsTab(rt);
    expect(rina.Company).toBe('Bank Sejahtera, Tbk');
    expect(rina.Position).toBe('Head of Procurement');
    expect(rina.URL).toBe('https://www.linkedin.com/in/rinahartono');
    expect(rina.Notes).toBe('12 Mar 2024');
    expect(agus.Email).toBe('agus.salim@example.com');
  });
});

describe('plain lists and pasted rows', () => {
  it('a plain list: blank lines, phones written two ways, text that looks like numbers', async () => {
    const rt = setUpSheet();
    const { preview, totals } = await importParsed(rt, fixture('plain-list.csv'));
    expect(preview.counts).toEqual({ rows: 5, new: 3, existing: 0, inFile: 1, invalid: 1 });
    expect(preview.notes.map((n) => n.message)).toEqual([
      'Line 4: same phone number as line 3.',
      'Line 7: No name: map a name column, or first and last name.',
    ]);
    expect(totals.added).toBe(3);
    const rows = contactsTab(rt);
    expect(rows.map((r) => r.Phone)).toEqual(['0812 3456 789', '081234500000', '0812-7777-0000']);
    expect(rows[1].Name).toBe('Bambang, S.E.');
    expect(rows[1].Company).toBe('PT "Sinar" Abadi');
    expect(rows[2].Company).toBe('1-2');
    for (const r of rows) expect(typeof r.Phone).toBe('string');
  });

  it('rows pasted from a sheet (tabs, Indonesian headers)', async () => {
    const rt = setUpSheet();
    const { totals } = await importParsed(rt, fixture('pasted-from-sheet.tsv'));
    expect(totals.added).toBe(2);
    const [joko, maya] = contactsTab(rt);
    expect(joko).toMatchObject({
      Name: 'Joko Widodo',
      Phone: '0856 1234 5678',
      Company: 'Mebel Jati',
      'Postal address': 'Jl. Slamet Riyadi 1, Solo',
      Notes: 'Pameran 2025',
    });
    expect(maya.Notes).toBe('@maya di Instagram');
  });
});
