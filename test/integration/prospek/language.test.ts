// Each user gets their own language on one sheet: the menu (even in AuthMode.NONE), the sidebar
// page, and a choice made in Settings that overrides the Google account's locale.
import { LANG_PROPERTY } from '../../../src/app/language';
import type { Runtime } from '../../../local/runtime/index';
import { menu } from '../../support/menu';
import { call } from '../../support/sidebar';
import { sheetWith } from '../../support/workbook';

const BUDI = { name: 'Budi Santoso', company: 'Toko Budi', phone: '0812 3456 789' };

function captions(rt: Runtime): string[] {
  return rt.ui.menus.flatMap((m) => m.items.map((i) => i.caption));
}

function openedSidebar(rt: Runtime): string {
  const shown = menu(rt, 'menuOpenSidebar').filter((d) => d.type === 'sidebar');
  expect(shown).toHaveLength(1);
  return shown[0].html!;
}

describe('the interface language follows each user', () => {
  it('builds the menu in Indonesian for an id_ID user, even in AuthMode.NONE', () => {
    const rt = sheetWith([BUDI]);
    rt.state.userLocale = 'id_ID';
    rt.run('onOpen', [], { authMode: 'NONE' });
    expect(captions(rt)).toContain('Siapkan sheet');
    expect(captions(rt)).toContain('Catat percakapan');
    expect(captions(rt)).not.toContain('Set up sheet');
  });

  it('builds the menu in English for an en_US user', () => {
    const rt = sheetWith([BUDI]);
    rt.state.userLocale = 'en_US';
    rt.run('onOpen', [], { authMode: 'NONE' });
    expect(captions(rt)).toContain('Set up sheet');
    expect(captions(rt)).not.toContain('Siapkan sheet');
  });

  it('opens the Indonesian page for an Indonesian user and the English one otherwise', () => {
    const rt = sheetWith([BUDI]);
    rt.state.userLocale = 'id';
    const id = openedSidebar(rt);
    expect(id).toContain('Calon baru');
    expect(id).not.toContain('New lead');
    rt.state.userLocale = 'en_GB';
    const en = openedSidebar(rt);
    expect(en).toContain('New lead');
    expect(en).not.toContain('Calon baru');
  });

  it('lets a user choose a language in Settings over their locale, and go back to it', () => {
    const rt = sheetWith([BUDI]);
    rt.state.userLocale = 'en_US';
    const r = call<{ lang: string }>(rt, 'setInterfaceLanguage', 'id');
    expect(r).toEqual({ ok: true, value: { lang: 'id' } });
    // The sidebar was reopened in the language chosen.
    expect(rt.ui.sidebar?.html).toContain('Calon baru');
    expect(openedSidebar(rt)).toContain('Calon baru');
    // Server sentences follow the choice too.
    const load = call<{ notice: string }>(rt, 'loadSidebar', { contactId: 'C-NOPE' });
    expect(load.ok && load.value.notice).toMatch(/sudah tidak ada di sheet/);
    expect(call(rt, 'setInterfaceLanguage', '').ok).toBe(true);
    expect(openedSidebar(rt)).toContain('New lead');
  });

  it('refuses a language it does not speak, changing nothing', () => {
    const rt = sheetWith([BUDI]);
    const r = call(rt, 'setInterfaceLanguage', 'fr');
    expect(r.ok).toBe(false);
    expect(LANG_PROPERTY).toBe('prospek.lang');
    expect(openedSidebar(rt)).toContain('New lead');
  });

  it("writes a save's words in the language of the page that sent it", () => {
    const rt = sheetWith([BUDI]);
    rt.state.userLocale = 'en_US';
    const qualified = { name: 'Sari', fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' };
    const r = call<{ timeline: { summary: string }[] }>(rt, 'saveContact', {
      contact: qualified,
      lang: 'id',
    });
    expect(r.ok).toBe(true);
    const summaries = r.ok ? r.value.timeline.map((a) => a.summary).join(' ') : '';
    expect(summaries).toMatch(/Tahap berubah/);
    expect(summaries).not.toMatch(/Stage changed/);
  });

  it('refuses a save from a page in a language it does not speak, writing nothing', () => {
    const rt = sheetWith([BUDI]);
    const before = JSON.stringify(rt.toJSON());
    const r = call(rt, 'saveContact', { contact: { name: 'Sari' }, lang: 'fr' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['lang']);
    expect(JSON.stringify(rt.toJSON())).toBe(before);
  });
});
