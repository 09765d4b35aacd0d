// Find duplicates and Merge on the built bundle: no activity lost, no non-empty value lost, the
// merge logged with the merged-away contact's former values, nothing merged when a contact changed.
import type { Runtime } from '../../../local/runtime/index';
import type { Contact } from '../../../src/domain/contact/contact';
import type { DuplicatesResult, MergeResult } from '../../../src/sidebarApi';
import { mergedRecord } from '../../../src/domain/import/merge';
import { clickMenu, setUpSheet, snapshot, typeInto } from '../../support/workbook';
import { callOk } from '../../support/sidebar';
import { tabRows } from '../../support/workbook';

function save(rt: Runtime, contact: Record<string, string>): Contact {
  return callOk<{ contact: Contact }>(rt, 'saveContact', { contact, loadedUpdated: '' }).contact;
}

function talk(rt: Runtime, contactId: string, summary: string): void {
  callOk(rt, 'logConversation', {
    contactId,
    type: 'Call',
    summary,
    questions: '',
    concerns: '',
    nextStep: '',
    followUpOn: '',
  });
}

/** Merges b into a (a's name and company kept) as listed with these versions; the raw reply. */
function mergeTwo(rt: Runtime, a: Contact, b: Contact, versions: Record<string, string>) {
  return rt.run<{ ok: boolean; message: string }>(
    'mergeContacts',
    [{ keepId: a.id, ids: [a.id, b.id], choices: { name: a.id, company: a.id }, versions }],
    { kind: 'sidebar' },
  );
}

function world() {
  const rt = setUpSheet();
  const a = save(rt, {
    name: 'Budi Santoso',
    email: 'budi@example.com',
    company: 'PT Maju',
    notes: 'Met at the expo',
  });
  const other = save(rt, { name: 'Siti', email: 'siti@example.com' });
  const b = save(rt, {
    name: 'B. Santoso',
    phone: '0812 3456 789',
    email: 'BUDI@example.com ',
    company: 'Maju Jaya',
    address: 'Jl. Sudirman 1',
    notes: 'Prefers WhatsApp',
  });
  const c = save(rt, { name: 'Pak Budi', phone: '+62 812-3456-789' });
  talk(rt, a.id, 'First call');
  talk(rt, b.id, 'Second call');
  talk(rt, c.id, 'Third call');
  talk(rt, other.id, 'Unrelated');
  return { rt, a, b, c, other };
}

describe('find duplicates', () => {
  it('groups contacts by email (case, spaces) and phone (0812… = +62 812…)', () => {
    const { rt, a, b, c } = world();
    const found = callOk<DuplicatesResult>(rt, 'findDuplicates');
    expect(found.groups).toHaveLength(1);
    const g = found.groups[0];
    expect(g.contacts.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(g.reasons).toEqual(['email', 'phone number']);
    expect(g.conflicts.map((x) => x.field)).toEqual(['name', 'company']);
    const menu = clickMenu(rt, 'menuFindDuplicates', { responses: ['OK'] });
    expect(menu.execution.dialogs[0].message).toContain(
      '• Budi Santoso, B. Santoso and Pak Budi (same email and phone number)',
    );
    expect(menu.execution.dialogs[1].type).toBe('sidebar');
  });
});

describe('find duplicates at size', () => {
  /** `count` contacts written straight into the model: `email(i)` gives each one's email. */
  function many(count: number, email: (i: number) => string): Runtime {
    const rt = setUpSheet();
    const sheet = rt.workbook().sheet('Contacts')!;
    const header = sheet.rows[0].map(String);
    sheet.rows = [
      sheet.rows[0],
      ...Array.from({ length: count }, (_, i) =>
        header.map((h) =>
          h === 'ID'
            ? `C-P${String(i).padStart(5, '0')}`
            : h === 'Name'
              ? `Person ${i}`
              : h === 'Email'
                ? email(i)
                : h === 'Stage'
                  ? 'Lead'
                  : '',
        ),
      ),
    ];
    sheet.maxRows = count + 10;
    return rt;
  }

  it('pages: at most 200 groups a reply, the next page from `next`, every group once', () => {
    const rt = many(1000, (i) => `p${Math.floor(i / 2)}@example.com`);
    const first = callOk<DuplicatesResult>(rt, 'findDuplicates');
    expect(first.groups).toHaveLength(200);
    expect(first.totalGroups).toBe(500);
    expect(first.next).toBe(200);
    const seen = new Set(first.groups.map((g) => g.contacts[0].id));
    let next = first.next;
    while (next !== null) {
      const page = callOk<DuplicatesResult>(rt, 'findDuplicates', { from: next });
      expect(page.groups.length).toBeLessThanOrEqual(200);
      page.groups.forEach((g) => seen.add(g.contacts[0].id));
      next = page.next;
    }
    expect(seen.size).toBe(500);
    expect(JSON.stringify(first).length).toBeLessThan(1_000_000);
  });

  it('pages far-apart duplicates by the reads their members take, never whole columns', () => {
    // 200 pairs 30 rows apart, 60 rows from the next pair: each contact needs a read of its own.
    const rt = many(12000, (i) =>
      i % 30 === 0 ? `p${Math.floor(i / 60)}@example.com` : `u${i}@example.com`,
    );
    const from = rt.calls.records.length;
    const first = callOk<DuplicatesResult>(rt, 'findDuplicates');
    const reads = rt.calls.records.slice(from).filter((c) => c.method === 'Range.getValues');
    // A page is what 30 reads hold: 15 pairs, each contact whole as the merge form lists it.
    expect(first.groups).toHaveLength(15);
    expect(first.totalGroups).toBe(200);
    expect(first.groups[1].contacts.map((c) => [c.name, c.email])).toEqual([
      ['Person 60', 'p1@example.com'],
      ['Person 90', 'p1@example.com'],
    ]);
    // The key columns read down the tab once; every other read is a few rows.
    expect(reads.filter((c) => c.cellsRead >= 12000)).toHaveLength(1);
    expect(reads.filter((c) => c.cellsRead < 12000).length).toBeLessThanOrEqual(31);
    const seen = new Set(first.groups.map((g) => g.keys[0].value));
    let next = first.next;
    while (next !== null) {
      const page = callOk<DuplicatesResult>(rt, 'findDuplicates', { from: next });
      page.groups.forEach((g) => seen.add(g.keys[0].value));
      next = page.next;
    }
    expect(seen.size).toBe(200);
  });

  it('reports a giant group by its size and key, ships none of it, and merging it says why', () => {
    // 120 contacts share a placeholder email; two others share a real one.
    const rt = many(122, (i) => (i < 120 ? 'none@example.com' : 'twin@example.com'));
    const r = callOk<DuplicatesResult>(rt, 'findDuplicates');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].contacts).toHaveLength(2);
    expect(r.tooBig).toHaveLength(1);
    expect(r.tooBig[0].size).toBe(120);
    expect(r.tooBig[0].text).toBe(
      '120 contacts share email "none@example.com": too many to merge here.',
    );
    expect(r.message).toContain('too many to merge, so not listed');
    expect(JSON.stringify(r).length).toBeLessThan(10_000);
    const ids = Array.from({ length: 60 }, (_, i) => `C-P${String(i).padStart(5, '0')}`);
    const merge = rt.run<{ ok: boolean; message: string }>(
      'mergeContacts',
      [
        {
          keepId: ids[0],
          ids,
          choices: {},
          versions: Object.fromEntries(ids.map((id) => [id, 'v'])),
        },
      ],
      { kind: 'sidebar' },
    );
    expect(merge.ok).toBe(false);
    expect(merge.message).toContain('60 contacts is more than one merge takes (50 at most)');
    expect(merge.message).not.toContain('at least two');
  });
});

describe('merge', () => {
  it('keeps one contact, fills its empty fields, moves every activity, logs the merge', () => {
    const { rt, a, b, c, other } = world();
    const before = tabRows(rt, 'Activities');
    const found = callOk<DuplicatesResult>(rt, 'findDuplicates');
    const g = found.groups[0];
    const result = callOk<MergeResult>(rt, 'mergeContacts', {
      keepId: a.id,
      ids: [a.id, b.id, c.id],
      choices: { name: a.id, company: b.id },
      versions: g.versions,
    });
    expect(result.removedIds).toEqual([b.id, c.id]);
    const contacts = tabRows(rt, 'Contacts');
    expect(contacts.map((r) => r.ID)).toEqual([a.id, other.id]);
    const kept = contacts[0];
    expect(kept).toMatchObject({
      Name: 'Budi Santoso',
      Company: 'Maju Jaya',
      Email: 'budi@example.com',
      Phone: '0812 3456 789',
      'Postal address': 'Jl. Sudirman 1',
    });
    // Every value that lost a choice is still on the kept contact, in its notes.
    const notes = String(kept.Notes);
    for (const v of ['Met at the expo', 'Prefers WhatsApp', 'PT Maju', 'B. Santoso', 'Pak Budi'])
      expect(notes).toContain(v);
    expect(notes).toContain('+62 812-3456-789');

    // No activity lost: every one is still there, now on the kept contact.
    const after = tabRows(rt, 'Activities');
    const ids = (list: Record<string, unknown>[]) => list.map((x) => x['Activity ID']);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    for (const x of after) {
      if (x['Contact ID'] === other.id) continue;
      expect(x['Contact ID']).toBe(a.id);
      expect(x['Contact name']).toBe('Budi Santoso');
    }
    // The merge is logged, one entry per merged-away contact, with its full former values.
    const merges = after.filter((x) => x.Type === 'Merge');
    expect(merges).toHaveLength(2);
    const record = mergedRecord(String(merges[0].Summary))!;
    expect(record).toMatchObject({ id: b.id, name: 'B. Santoso', address: 'Jl. Sudirman 1' });
    expect(mergedRecord(String(merges[1].Summary))!.phone).toBe('+62 812-3456-789');
  });

  it('asks for a choice where values conflict, and merges nothing without one', () => {
    const { rt, a, b } = world();
    const { versions } = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    const before = snapshot(rt);
    const reply = rt.run<{ ok: boolean; issues: { field: string; message: string }[] }>(
      'mergeContacts',
      [{ keepId: a.id, ids: [a.id, b.id], choices: {}, versions }],
      { kind: 'sidebar' },
    );
    expect(reply.ok).toBe(false);
    expect(reply.issues).toEqual([
      { field: 'name', message: 'The contacts have different Name values: choose one to keep.' },
      {
        field: 'company',
        message: 'The contacts have different Company values: choose one to keep.',
      },
    ]);
    expect(snapshot(rt)).toEqual(before);
  });

  it('merges nothing when a contact changed since the duplicates were listed', () => {
    const { rt, a, b } = world();
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    rt.advanceBy(60_000);
    talk(rt, b.id, 'A call in between');
    const before = snapshot(rt);
    const reply = mergeTwo(rt, a, b, g.versions);
    expect(reply).toMatchObject({ ok: false });
    expect(reply.message).toContain('B. Santoso was changed since the duplicates were listed');
    expect(snapshot(rt)).toEqual(before);
  });

  it("keeps the merged-away contacts' extra columns: empty cells filled, the rest recorded", () => {
    const { rt, a, b, c } = world();
    // Rows: a 2, other 3, b 4, c 5; Prospek's columns end at AA: the user adds two.
    const sheet = rt.workbook().sheet('Contacts')!;
    sheet.insertColumns(sheet.maxColumns + 1, 2);
    typeInto(rt, 'Contacts!AB1', [['Position', 'URL']]);
    typeInto(rt, 'Contacts!AB2', [['Owner', '']]);
    typeInto(rt, 'Contacts!AB4', [['Director', 'https://maju.id']]);
    typeInto(rt, 'Contacts!AB5', [['', 'https://pakbudi.id']]);
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    callOk<MergeResult>(rt, 'mergeContacts', {
      keepId: a.id,
      ids: [a.id, b.id, c.id],
      choices: { name: a.id, company: b.id },
      versions: g.versions,
    });
    const kept = tabRows(rt, 'Contacts')[0];
    expect(kept).toMatchObject({ ID: a.id, Position: 'Owner', URL: 'https://maju.id' });
    const merges = tabRows(rt, 'Activities').filter((x) => x.Type === 'Merge');
    expect(mergedRecord(String(merges[0].Summary))!.columns).toEqual({
      Position: 'Director',
      URL: 'https://maju.id',
    });
    expect(mergedRecord(String(merges[1].Summary))!.columns).toEqual({
      URL: 'https://pakbudi.id',
    });
  });

  it('copies an extra cell that reads like a formula as text, never as a live formula', () => {
    const { rt, a, b, c } = world();
    const sheet = rt.workbook().sheet('Contacts')!;
    sheet.insertColumns(sheet.maxColumns + 1, 1);
    typeInto(rt, 'Contacts!AB1', [['Website']]);
    // Typed with the apostrophe a user puts before text that starts with "=".
    typeInto(rt, 'Contacts!AB4', [['\'=HYPERLINK("http://evil.example")']]);
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    callOk<MergeResult>(rt, 'mergeContacts', {
      keepId: a.id,
      ids: [a.id, b.id, c.id],
      choices: { name: a.id, company: b.id },
      versions: g.versions,
    });
    // a is on row 2; Website is column AB (28).
    expect(rt.workbook().sheet('Contacts')!.formula(2, 28)).toBe('');
    expect(tabRows(rt, 'Contacts')[0]).toMatchObject({
      ID: a.id,
      Website: '=HYPERLINK("http://evil.example")',
    });
  });

  it('derives the stage with the sales of both and logs the stage change', () => {
    const { rt, a, b } = world();
    // Both bought once (typed into the sheet): merged, they are a repeat buyer.
    typeInto(rt, 'Contacts!J2', [['Customer']]);
    typeInto(rt, 'Contacts!V2', [[1]]);
    typeInto(rt, 'Contacts!J4', [['Customer']]);
    typeInto(rt, 'Contacts!V4', [[1]]);
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    callOk<MergeResult>(rt, 'mergeContacts', {
      keepId: a.id,
      ids: g.contacts.map((x) => x.id),
      choices: { name: a.id, company: a.id, stage: a.id },
      versions: g.versions,
    });
    expect(tabRows(rt, 'Contacts')[0]).toMatchObject({
      ID: a.id,
      Stage: 'Repeat buyer',
      Purchases: 2,
    });
    const change = tabRows(rt, 'Activities').filter((x) => x.Type === 'Stage change');
    expect(change).toEqual([
      expect.objectContaining({
        'Contact ID': a.id,
        'From stage': 'Customer',
        'To stage': 'Repeat buyer',
      }),
    ]);
    expect(String(change[0].Summary)).toContain('Merged with B. Santoso and Pak Budi.');
    expect(b.id).not.toBe(a.id);
  });

  it('merges nothing when a listed value was typed over in the sheet (Updated unchanged)', () => {
    const { rt, a, b } = world();
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    typeInto(rt, 'Contacts!C4', [['Maju Bersama']]);
    const before = snapshot(rt);
    const reply = mergeTwo(rt, a, b, g.versions);
    expect(reply).toMatchObject({ ok: false });
    expect(reply.message).toContain('B. Santoso was changed since the duplicates were listed');
    expect(snapshot(rt)).toEqual(before);
  });

  it('merges the right contacts after the list was sorted since they were listed', () => {
    const { rt, a, b, c, other } = world();
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    // By name: B. Santoso, Budi Santoso, Pak Budi, Siti. The rows listed now hold others.
    const header = rt.workbook().sheet('Contacts')!.rows[0];
    rt.user.sort('Contacts!A2:AA5', header.indexOf('Name') + 1);
    expect(tabRows(rt, 'Contacts').map((r) => r.ID)).toEqual([b.id, a.id, c.id, other.id]);
    const reply = mergeTwo(rt, a, b, g.versions);
    expect(reply.ok).toBe(true);
    const contacts = tabRows(rt, 'Contacts');
    expect(contacts.map((r) => r.ID)).toEqual([a.id, c.id, other.id]);
    expect(contacts[0].Phone).toBe('0812 3456 789');
    expect(contacts[1].Name).toBe('Pak Budi');
  });

  it('merges the right contacts when a listed row is past the end of the tab now', () => {
    const { rt, a, b, c, other } = world();
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    const far = Object.fromEntries(
      Object.entries(g.versions).map(([id, v]) => [id, v.replace(/@\d+$/, '@999999')]),
    );
    expect(far[a.id]).toMatch(/@999999$/);
    const reply = mergeTwo(rt, a, b, far);
    expect(reply.ok).toBe(true);
    expect(tabRows(rt, 'Contacts').map((r) => r.ID)).toEqual([a.id, other.id, c.id]);
  });

  it('needs the listed version of every contact', () => {
    const { rt, a, b } = world();
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    const before = snapshot(rt);
    const reply = rt.run<{ ok: boolean; issues: { field: string }[] }>(
      'mergeContacts',
      [
        {
          keepId: a.id,
          ids: [a.id, b.id],
          choices: { name: a.id, company: a.id },
          versions: { [a.id]: g.versions[a.id] },
        },
      ],
      { kind: 'sidebar' },
    );
    expect(reply.ok).toBe(false);
    expect(reply.issues.map((i) => i.field)).toEqual(['versions']);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('merge touches only the rows involved', () => {
  /** The world with `others` more contacts, each with two entries, written into the model. */
  function crowded(others: number) {
    const w = world();
    const contacts = w.rt.workbook().sheet('Contacts')!;
    const log = w.rt.workbook().sheet('Activities')!;
    const col = (rows: unknown[][], h: string) => rows[0].indexOf(h);
    for (let i = 0; i < others; i++) {
      const id = `C-Q${String(i).padStart(5, '0')}`;
      const row = contacts.rows[0].map((): string => '');
      row[col(contacts.rows, 'ID')] = id;
      row[col(contacts.rows, 'Name')] = `Other ${i}`;
      row[col(contacts.rows, 'Email')] = `other${i}@example.org`;
      row[col(contacts.rows, 'Stage')] = 'Lead';
      contacts.rows.push(row);
      for (const k of [1, 2]) {
        const entry = log.rows[0].map((): string => '');
        entry[col(log.rows, 'Activity ID')] = `A-Q${k}${String(i).padStart(6, '0')}`;
        entry[col(log.rows, 'Contact ID')] = id;
        entry[col(log.rows, 'Type')] = 'Call';
        log.rows.push(entry);
      }
    }
    contacts.maxRows = Math.max(contacts.maxRows, contacts.rows.length);
    log.maxRows = Math.max(log.maxRows, log.rows.length);
    return w;
  }

  function mergeCalls(others: number) {
    const { rt, a, b } = crowded(others);
    const g = callOk<DuplicatesResult>(rt, 'findDuplicates').groups[0];
    const from = rt.calls.records.length;
    const reply = mergeTwo(rt, a, b, g.versions);
    expect(reply.ok).toBe(true);
    const calls = rt.calls.records.slice(from);
    const moved = calls.filter((c) => !c.method.startsWith('TextFinder.'));
    return { calls, read: moved.reduce((n, c) => n + c.cellsRead, 0), rt, a };
  }

  it('reads the same cells with 5 or 600 other contacts, by search, never a whole tab', () => {
    const small = mergeCalls(5);
    const large = mergeCalls(600);
    // Cells moved into the script: the header rows, the contacts' rows, the moved entries.
    expect(large.read).toBe(small.read);
    expect(large.read).toBeLessThan(200);
    expect(large.calls.some((c) => c.method === 'Sheet.getDataRange')).toBe(false);
    // One search, of the entries' Contact ID column: the contacts are read at the rows they were
    // listed at, their ID column is not searched.
    // (The log as searched: before the merge appended its entry.)
    const log = large.rt.workbook().sheet('Activities')!.rows.length - 1;
    const searches = large.calls.filter((c) => c.method.startsWith('TextFinder.find'));
    expect(searches.map((c) => c.cellsRead)).toEqual([log]);
    // The merged-away contact's entry now belongs to the kept one; the others' are untouched.
    const entries = tabRows(large.rt, 'Activities');
    expect(entries.filter((e) => e['Summary'] === 'Second call')[0]['Contact ID']).toBe(large.a.id);
    // (The crowd's own IDs: a saved contact's random ID may start with C-Q too.)
    const crowd = new Set(
      Array.from({ length: 600 }, (_, i) => `C-Q${String(i).padStart(5, '0')}`),
    );
    expect(entries.filter((e) => crowd.has(String(e['Contact ID'])))).toHaveLength(1200);
  });
});
