// The messages the audit in docs/local-runtime.md found quoted from live Apps Script runs, word
// for word, as a plain script (test/fixtures/gas/messages) catches them from the runtime.
import path from 'node:path';
import { exhaustMailQuota, Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/messages');

function runtime(): Runtime {
  return new Runtime({ now: '2026-11-27T02:00:00Z', user: 'rep@example.com' }).loadProject(FIXTURE);
}

describe('messages confirmed by public reports', () => {
  it('getCell past its range (jamietr1/google-docs-writing-tracker#17)', () => {
    expect(runtime().run('cellPastRange')).toBe('Cell reference out of range');
  });

  it('setValues with a row one cell too wide (alpatania/sassafras#8)', () => {
    expect(runtime().run('columnsMismatch')).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it('getRange with no rows (Elijas/auto-youtube-subscription-playlist-2#99)', () => {
    expect(runtime().run('zeroRows')).toBe('The number of rows in the range must be at least 1.');
  });

  it('MailApp once the daily quota is used up (dwyl/learn-to-send-email-via-...#376)', () => {
    const rt = runtime();
    exhaustMailQuota(rt);
    expect(rt.run('sendOne')).toBe('Service invoked too many times for one day: email.');
  });

  it('a property value over 9 KB (lucasvtiradentes/gcal-sync#115)', () => {
    expect(runtime().run('bigProperty')).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('getUi in a time-driven trigger (benlcollins/SheetSizer#1)', () => {
    expect(runtime().run('uiInTrigger', [], { kind: 'timeTrigger' })).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  it('a sidebar without the container.ui scope (oshliaer/google-apps-script-snippets#18)', () => {
    expect(runtime().run('sidebarWithoutScope')).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('a second sheet with a taken name (fleapower/Google-Script-Contacts-Sync#2)', () => {
    expect(runtime().run('duplicateSheet')).toBe(
      'A sheet with the name \u2018Sheet1\u2019 already exists. Please enter another name.',
    );
  });

  it('deleting every row (theoephraim/node-google-spreadsheet#186)', () => {
    expect(runtime().run('deleteEveryRow')).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('waitLock(null) names the class with its service (torikushiii/hoyolab-auto#123)', () => {
    expect(runtime().run('waitLockNull')).toBe(
      "The parameters (null) don't match the method signature for LockService.Lock.waitLock.",
    );
  });

  it('a simple trigger past 30 seconds (GioBonvi/GoogleContactsEventsNotifier#155)', () => {
    const limited = { kind: 'simpleTrigger' as const, authMode: 'LIMITED' as const };
    expect(() => runtime().run('sleepPastLimit', [], limited)).toThrow(
      'Exceeded maximum execution time',
    );
  });
});
