// The demo follows the one rule for coming back (stages.ts): every demo contact with a day to be
// contacted again is in the daily digest on that day. Run on the demo workbook itself, with its
// reminders on, the clock moved day by day so the real trigger sends each digest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  columnLetter as toA1Col,
  contactFromCells,
  CONTACT_FIELDS,
  type ContactCells,
} from '../../src/domain/contact/contact';
import { seedDemo } from '../../local/preview/seed';
import { PreviewSession } from '../../local/preview/session';
import { DIST } from '../support/workbook';
import { dayIn, digests } from './prospek/remindersHarness';

jest.setTimeout(120_000);

it('reminds every demo contact with a day to be contacted again, on that day', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-demo-'));
  try {
    const session = PreviewSession.open({
      file: path.join(dir, 'demo.json'),
      dist: DIST,
      seed: seedDemo,
    });
    const rt = session.rt;
    const tz = rt.timeZone();
    const sheet = rt.workbook().sheet('Contacts')!;
    const [header, ...rows] = rt.getValues(
      `Contacts!A1:${toA1Col(sheet.lastColumn())}${sheet.lastRow()}`,
    );
    const contacts = rows.map((r) => {
      const cells: ContactCells = {};
      for (const f of CONTACT_FIELDS) {
        const at = header.indexOf(f.header);
        const v = r[at];
        cells[f.key] = v instanceof Date ? dayIn(v.getTime(), tz) : v;
      }
      return contactFromCells(cells);
    });
    const today = dayIn(rt.now(), tz);
    const due = contacts
      .filter((c) => c.stage === 'Not ready' || c.stage === 'Said no')
      .filter((c) => c.nextFollowUp !== '' || c.recontactOn !== '');
    // The rule itself: Next follow-up is the one place, Recontact on stays empty.
    expect(contacts.every((c) => c.recontactOn === '')).toBe(true);
    expect(due.filter((c) => c.stage === 'Not ready')).toHaveLength(4);
    expect(due.filter((c) => c.stage === 'Said no').length).toBeGreaterThan(0);
    const last = due
      .map((c) => c.nextFollowUp)
      .sort()
      .at(-1)!;
    rt.advanceTo(`${last}T23:00:00`);
    const sent = new Map(digests(rt).map((m) => [dayIn(m.sentAt, tz), m.body]));
    for (const c of due) {
      const day = c.nextFollowUp < today ? today : c.nextFollowUp;
      expect({ name: c.name, day, reminded: sent.get(day)?.includes(c.name) ?? false }).toEqual({
        name: c.name,
        day,
        reminded: true,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
