// The user's changes to the sheet's shape: a renamed Contacts tab is still found (sidebar load
// and save, pipeline, digest) and never replaced by a new one; a Stage Prospek can't read is
// shown as unknown and never treated as Lead or overwritten.
import type { PipelineSummary } from '../../../src/domain/pipeline/pipeline';
import type { SidebarLoad } from '../../../src/sidebarApi';
import { lastAlert, menu } from '../../support/menu';
import { call, callOk } from '../../support/sidebar';
import { clickMenu, idOf, sheetWith } from '../../support/workbook';
import { selectRows } from './contactsHarness';
import { csv, importParsed } from './importHarness';
import { digests, saveOk } from './remindersHarness';

describe('a renamed Contacts tab', () => {
  it('still works for the sidebar, the pipeline and the digest; no second tab appears', () => {
    const rt = sheetWith([{ name: 'Budi Santoso', nextFollowUp: '2026-11-27' }]);
    saveOk(rt, { hour: 10 });
    rt.user.renameSheet('Contacts', 'Pelanggan');
    rt.user.select('Pelanggan!B2');
    const load = callOk<SidebarLoad>(rt, 'loadSidebar', {});
    expect(load.contact?.id).toBe(idOf(1));
    callOk(rt, 'saveContact', {
      contact: { id: idOf(1), name: 'Budi S.' },
      loadedUpdated: load.contact!.updated,
      loadedVersion: load.version,
    });
    expect(rt.getDisplayValues('Pelanggan!B2')[0][0]).toBe('Budi S.');
    expect(callOk<PipelineSummary>(rt, 'getPipeline').total).toBe(1);
    clickMenu(rt, 'menuSendTestDigest', { responses: ['OK'] });
    expect(digests(rt, { tests: true })[0].body).toContain('Budi S. (Lead) follow up today.');
    expect(rt.workbook().sheets.map((s) => s.name)).not.toContain('Contacts');
  });
});

describe('a deleted Contacts tab', () => {
  const GONE = "Prospek can't find its Contacts tab: was it deleted? Nothing was changed.";
  const deleted = () => {
    const r = sheetWith([{ name: 'Budi Santoso' }]);
    r.user.deleteSheet('Contacts');
    r.user.select('Activities!A1');
    return r;
  };
  const tabs = (r: ReturnType<typeof deleted>) => r.workbook().sheets.map((s) => s.name);

  it('is never re-created by an action: the sidebar, save, import and menus say so', async () => {
    const r = deleted();
    const before = tabs(r);
    expect(callOk<SidebarLoad>(r, 'loadSidebar', {}).notice).toContain(GONE);
    const save = call(r, 'saveContact', { contact: { name: 'Ani' }, loadedUpdated: '' });
    expect(save).toMatchObject({ ok: false });
    expect(save.ok ? '' : save.message).toContain(GONE);
    await expect(importParsed(r, csv.parseCsv('Name\nAni\n'))).rejects.toThrow(GONE);
    expect(lastAlert(menu(r, 'menuAdvanceStage', ['OK']))).toContain(GONE);
    expect(tabs(r)).toEqual(before);
    expect(r.workbook().sheet('Activities')!.rows.length).toBeGreaterThan(0);
  });

  it('is made again by Set up sheet, which says so; then a save works', () => {
    const r = deleted();
    expect(lastAlert(menu(r, 'menuSetUpSheet', ['OK']))).toContain('Created the Contacts tab.');
    callOk(r, 'saveContact', { contact: { name: 'Ani' }, loadedUpdated: '' });
    expect(r.getDisplayValues('Contacts!B2')[0][0]).toBe('Ani');
  });
});

describe('a Stage Prospek cannot read', () => {
  const rt = () => sheetWith([{ name: 'Ani', stage: 'Hot lead' }, { name: 'Budi' }]);

  it('is a notice in the sidebar and a count of its own in the pipeline', () => {
    const r = rt();
    r.user.select('Contacts!B2');
    const load = callOk<SidebarLoad>(r, 'loadSidebar', {});
    expect(load.notice).toContain('The Stage cell says "Hot lead"');
    const p = callOk<PipelineSummary>(r, 'getPipeline');
    expect(p.unknownStage).toBe(1);
    expect(p.stages.find((s) => s.stage === 'Lead')?.count).toBe(1);
  });

  it('is shown in the digest as typed, marked unknown, not as Lead', () => {
    const r = sheetWith([
      { name: 'Ani', stage: 'Hot lead', company: 'Toko Ani', nextFollowUp: '2026-11-27' },
    ]);
    clickMenu(r, 'menuSendTestDigest', { responses: ['OK'] });
    const body = digests(r, { tests: true })[0].body;
    expect(body).toContain('Ani (unknown stage "Hot lead", Toko Ani) follow up today.');
    expect(body).not.toContain('(Lead');
  });

  it('is refused by Advance with a reason, and never overwritten', () => {
    const r = rt();
    selectRows(r, [2, 3]);
    const summary = lastAlert(menu(r, 'menuAdvanceStage', ['OK']));
    expect(summary).toContain(`Ani's Stage says "Hot lead", which isn't a stage Prospek knows.`);
    expect(r.getDisplayValues('Contacts!J2')[0][0]).toBe('Hot lead');
  });
});
