// Where the handler runs: a script bound to the sheet (the trigger sees the active spreadsheet)
// and an installed add-on (no active spreadsheet in a time-driven trigger: it opens the sheet by
// the ID stored when reminders were turned on, which needs the full spreadsheets scope). And the
// cost of a run: the same service calls at 10 and at 3,000 contacts.
import type { Runtime } from '../../../local/runtime/index';
import { CONTACT_FIELDS } from '../../../src/domain/contact/contact';
import { clickMenu } from '../../support/workbook';
import {
  digestTriggers,
  digests,
  HANDLER,
  saveOk,
  settings,
  sheetWith,
  USER,
} from './remindersHarness';

const due = [{ ID: 'C-ANI001', Name: 'Ani', Stage: 'Lead', 'Next follow-up': '2026-11-27' }];
const FULL_SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

/** The manifest an add-on build needs: the full spreadsheets scope in place of currentonly. */
function addonScopes(rt: Runtime): void {
  rt.state.oauthScopes = rt.state.oauthScopes!.map((s) => (s === CURRENT_ONLY ? FULL_SHEETS : s));
}

describe('bound to the sheet', () => {
  it('runs with the shipped manifest (spreadsheets.currentonly) and sends the digest', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00' });
    expect(rt.state.oauthScopes).toContain(CURRENT_ONLY);
    expect(rt.state.oauthScopes).not.toContain(FULL_SHEETS);
    saveOk(rt);
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs.map((r) => [r.handler, r.error])).toEqual([[HANDLER, undefined]]);
    expect(digests(rt)).toHaveLength(1);
  });
});

describe('installed add-on', () => {
  it('opens the sheet by its stored ID in the trigger, which has no active spreadsheet', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00', projectKind: 'addon' });
    addonScopes(rt);
    saveOk(rt);
    // An add-on's trigger belongs to the document it was made in.
    expect(digestTriggers(rt)[0].documentId).toBe(rt.workbook().id);
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs.map((r) => r.error)).toEqual([undefined]);
    const [mail] = digests(rt);
    expect(mail.body).toContain('Ani (Lead) follow up today.');
    expect(mail.body).toContain(`/spreadsheets/d/${rt.workbook().id}/edit#gid=`);
  });

  it('fails loudly, not silently, when the manifest lacks the spreadsheets scope', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00', projectKind: 'addon' });
    saveOk(rt);
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs[0].error).toContain('You do not have permission to call SpreadsheetApp.openById');
    expect(runs[0].error).toContain(FULL_SHEETS);
    expect(digests(rt)).toEqual([]);
  });

  it('keeps one trigger per document: two sheets, two digests, neither touching the other', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00', projectKind: 'addon' });
    addonScopes(rt);
    saveOk(rt, { hour: 8 });
    const first = rt.state.containerId;
    // The same user opens a second spreadsheet with the add-on and turns reminders on there.
    const other = rt.createSpreadsheet('Second sheet', 'Asia/Jakarta');
    rt.state.containerId = other.id;
    clickMenu(rt, 'menuSetUpSheet', { responses: ['OK'] });
    saveOk(rt, { hour: 9 });
    saveOk(rt, { hour: 9 });
    expect(
      digestTriggers(rt)
        .map((t) => t.documentId)
        .sort(),
    ).toEqual([first, other.id].sort());
    rt.advanceTo('2026-11-27T12:00');
    // The second sheet has nothing due; the first sends its digest.
    expect(digests(rt)).toHaveLength(1);
    expect(digests(rt)[0].body).toContain(`/d/${first}/edit`);
    expect(settings(rt).active).toBe(true);
    rt.state.containerId = first;
    expect(settings(rt).active).toBe(true);
    expect(digestTriggers(rt)).toHaveLength(2);
  });

  it('a quota retry works within the one-trigger-per-document rule', () => {
    const rt = sheetWith(due, { now: '2026-11-26T10:30', projectKind: 'addon' });
    addonScopes(rt);
    rt.state.mailUsage[USER] = { windowStart: rt.now(), recipients: rt.state.mailDailyQuota };
    rt.advanceTo('2026-11-27T05:00');
    saveOk(rt);
    const runs = rt.advanceTo('2026-11-28T07:00');
    expect(runs.filter((r) => r.error)).toEqual([]);
    expect(digests(rt).map((m) => m.subject)).toEqual(['Prospek: 1 reminder for 27 November 2026']);
    expect(digestTriggers(rt).map((t) => t.schedule.kind)).toEqual(['daily']);
  });

  it('removes a trigger whose spreadsheet it cannot know (left by an older version)', () => {
    const rt = sheetWith(due, { now: '2026-11-27T05:00', projectKind: 'addon' });
    addonScopes(rt);
    saveOk(rt);
    const [t] = digestTriggers(rt);
    // (Another minute: the runtime fires only one of two triggers due at the same instant.)
    rt.state.triggers.push({
      ...t,
      uid: '5900000000000000555',
      documentId: null,
      jitterMinute: (t.jitterMinute + 5) % 60,
    });
    const runs = rt.advanceTo('2026-11-27T12:00');
    expect(runs.map((r) => [r.uid, r.error])).toEqual(
      expect.arrayContaining([
        [t.uid, undefined],
        ['5900000000000000555', undefined],
      ]),
    );
    expect(digestTriggers(rt).map((x) => x.uid)).toEqual([t.uid]);
    expect(digests(rt)).toHaveLength(1);
  });
});

describe('cost of a run', () => {
  function withContacts(n: number): Runtime {
    const rt = sheetWith(due, { now: '2026-11-27T05:00' });
    const sheet = rt.workbook().sheet('Contacts')!;
    const col = (h: string) => CONTACT_FIELDS.findIndex((f) => f.header === h);
    for (let i = 0; i < n; i++) {
      const r: (string | number)[] = new Array(CONTACT_FIELDS.length).fill('');
      r[col('ID')] = `C-X${String(i).padStart(5, '0')}`;
      r[col('Name')] = `Person ${i}`;
      r[col('Stage')] = 'Customer';
      r[col('Purchases')] = 1;
      sheet.rows.push(r);
    }
    sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length + 10);
    saveOk(rt);
    return rt;
  }

  it('makes the same service calls at 10 and at 3,000 contacts', () => {
    const calls = (rt: Runtime) => {
      const from = rt.calls.records.length;
      rt.advanceTo('2026-11-27T12:00');
      expect(digests(rt)).toHaveLength(1);
      return rt.calls.summary(from).byMethod;
    };
    const small = calls(withContacts(10));
    const large = calls(withContacts(3000));
    expect(large).toEqual(small);
    // The Contacts header, then one read per run of adjacent columns that decide (Birthday,
    // Owner–Stage, Next follow-up), then one of the rows shown (the due contacts lie together).
    // Never the Activities tab, never a whole tab.
    expect(small['Range.getValues']).toBe(5);
    expect(small['Sheet.getDataRange']).toBeUndefined();
    expect(small['MailApp.sendEmail']).toBe(1);
  });
});
