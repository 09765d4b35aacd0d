// Duplicates by phone alone: a row that shares only a phone number with a contact (its name and
// email differ; a shop's phone is often shared) is shown in the preview as a possible duplicate,
// and the user's Import or Skip decides. It is never filled into the contact on the policy alone.
import type { Runtime } from '../../../local/runtime/index';
import { setUpSheet, tabRows } from '../../support/workbook';
import { csv, importParsed } from './importHarness';

const BUDI = 'Name,Email,Phone,Company\nBudi Santoso,budi@maju.id,0812 1111 2222,\n';
const FILE =
  'Name,Email,Phone,Company\n' +
  'Siti Rahma,siti@maju.id,+62 812-1111-2222,Toko Maju\n' +
  'Budi S.,budi@maju.id,,Toko Maju\n' +
  'Andi,andi@x.id,0813 3333 4444,\n';

async function withBudi(): Promise<Runtime> {
  const rt = setUpSheet();
  await importParsed(rt, csv.parseCsv(BUDI), { fileName: 'budi.csv' });
  return rt;
}

const names = (rt: Runtime) => tabRows(rt, 'Contacts').map((r) => r.Name);

describe('import: a row matching a contact by phone only', () => {
  it('is listed as a possible duplicate for the user to decide', async () => {
    const rt = await withBudi();
    const { preview } = await importParsed(rt, csv.parseCsv(FILE), { policy: 'skip' });
    expect(preview.counts).toMatchObject({ rows: 3, new: 1, existing: 2 });
    const possible = preview.notes.filter((n) => n.kind === 'phoneOnly');
    expect(possible).toEqual([
      {
        line: 2,
        kind: 'phoneOnly',
        message:
          'Line 2: same phone number as Budi Santoso, but another name and email. The same person, or a shared phone? Import it or skip it.',
      },
    ]);
    // The same email: an ordinary duplicate, handled by the policy.
    expect(preview.notes.find((n) => n.line === 3)?.kind).toBe('existing');
  });

  it('chosen Import: added as a contact of its own', async () => {
    const rt = await withBudi();
    const { totals } = await importParsed(rt, csv.parseCsv(FILE), {
      policy: 'skip',
      phoneChoices: { 2: 'import' },
    });
    expect(names(rt)).toEqual(['Budi Santoso', 'Siti Rahma', 'Andi']);
    expect(totals).toMatchObject({ added: 2, skipped: 1 });
  });

  it('chosen Skip: left out, and counted as skipped', async () => {
    const rt = await withBudi();
    const { totals } = await importParsed(rt, csv.parseCsv(FILE), {
      policy: 'skip',
      phoneChoices: { 2: 'skip' },
    });
    expect(names(rt)).toEqual(['Budi Santoso', 'Andi']);
    expect(totals).toMatchObject({ added: 1, skipped: 2 });
  });

  it('"fill empty fields" never fills a contact from a row that shares only the phone', async () => {
    const rt = await withBudi();
    await importParsed(rt, csv.parseCsv(FILE), { policy: 'fill', phoneChoices: { 2: 'skip' } });
    // Budi's own row (line 3, same email) fills his company; Siti's row fills nothing.
    const budi = tabRows(rt, 'Contacts').find((r) => r.Name === 'Budi Santoso');
    expect(budi).toMatchObject({ Email: 'budi@maju.id', Company: 'Toko Maju' });
    expect(names(rt)).toEqual(['Budi Santoso', 'Andi']);
  });

  it('the same row under a matching email is no possible duplicate: the email decides', async () => {
    const rt = await withBudi();
    const file = 'Name,Email,Phone\nB. Santoso,BUDI@maju.id,0812 1111 2222\n';
    const { preview } = await importParsed(rt, csv.parseCsv(file));
    expect(preview.notes.map((n) => n.kind)).toEqual(['existing']);
  });
});
