// Methods and services ordinary sheet scripts meet, through the runtime's public API: named
// ranges, addMenu, getOwner, getActiveCell, notes and backgrounds, copyTo, CacheService,
// ContentService, Browser.msgBox, custom functions, and a clear error for services out of scope.
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-more');

function runtime(): Runtime {
  return new Runtime({
    now: '2026-11-27T10:00:00',
    timeZone: 'Asia/Jakarta',
    user: 'owner@example.com',
  }).loadProject(FIXTURE);
}

describe('custom functions', () => {
  it('=DOUBLE(A1) in a cell shows the project function’s result, and follows its input', () => {
    const rt = runtime();
    rt.setValues('Sheet1!A1', [['4'], ['5'], ['6'], ['=DOUBLE(A1)'], ['=double(A1:A3)']]);
    expect(rt.getValues('Sheet1!A4:A5')).toEqual([[8], [30]]);
    rt.setValues('Sheet1!A1', [['10']]);
    expect(rt.getValues('Sheet1!A4')).toEqual([[20]]);
  });

  it('takes text, shows #ERROR! when it throws or tries to change the sheet', () => {
    const rt = runtime();
    rt.setValues('Sheet1!B1', [['=SHOUT("hi")', '=FAILS()', '=WRITES()']]);
    expect(rt.getDisplayValues('Sheet1!B1:D1')).toEqual([['HI!', '#ERROR!', '#ERROR!']]);
    expect(rt.getValues('Sheet1!Z1')).toEqual([['']]);
  });

  it('is recomputed when a script writes its input', () => {
    const rt = runtime();
    rt.setValues('Sheet1!A1', [['1'], ['=DOUBLE(A1)']]);
    rt.run('put', ['A1', 21]);
    expect(rt.getValues('Sheet1!A2')).toEqual([[42]]);
  });
});

describe('spreadsheet methods', () => {
  it('setNamedRange, getRangeByName (null for an unknown name), getEndRow/getEndColumn', () => {
    expect(runtime().run('names')).toEqual({
      a1: 'B2:B4',
      end: [4, 2],
      missing: null,
      all: ['Prices'],
    });
  });

  it('addMenu puts a menu with its separators in the menu bar', () => {
    const rt = runtime();
    rt.run('menu');
    expect(rt.ui.menus).toEqual([
      {
        title: 'Tools',
        addon: false,
        items: [
          { caption: 'Refresh', functionName: 'refresh' },
          { caption: '', functionName: null },
          { caption: 'Clear', functionName: 'clearAll' },
        ],
      },
    ]);
  });

  it('getOwner is the user who created the file; getActiveCell the current cell', () => {
    const rt = runtime();
    expect(rt.run('owner')).toBe('owner@example.com');
    expect(rt.run('activeCell')).toBe('C3');
  });

  it('stores backgrounds and notes (white is the default background)', () => {
    expect(runtime().run('looks')).toEqual({
      backgrounds: [['#ffff00', '#00ff00']],
      note: 'header',
      blank: '#ffffff',
    });
  });

  it('copyTo names copies "Copy of <name>", then "Copy of <name> 2", with the cells', () => {
    expect(runtime().run('copy')).toEqual(['Copy of Sheet1', 'Copy of Sheet1 2', 'original']);
  });
});

describe('services', () => {
  it('CacheService keeps a value until it expires on the runtime clock', () => {
    const rt = runtime();
    expect(rt.run('cache', ['k', 'v'])).toBe('v');
    expect(rt.run('cache', ['k'])).toBe('v');
    rt.advanceBy(61_000);
    expect(rt.run('cache', ['k'])).toBeNull();
  });

  it('CacheService keeps the 900 items farthest from expiration once past 1,000', () => {
    expect(runtime().run('cacheMany', [1000])).toEqual([1000, false, true]);
    // The 1,001st write drops the 101 nearest their expiration, the first written here.
    expect(runtime().run('cacheMany', [1001])).toEqual([900, true, true]);
  });

  it('ContentService builds a JSON text output', () => {
    expect(runtime().run('json')).toEqual({ content: '{"ok":true}', mime: 'JSON' });
  });

  it('Browser.msgBox answers the clicked button in lower case', () => {
    const rt = runtime();
    expect(rt.run('ask', [], { responses: ['YES'] })).toBe('yes');
    expect(rt.executions[rt.executions.length - 1].dialogs[0]).toMatchObject({
      title: 'Delete?',
      message: 'Delete all rows?',
      buttons: 'YES_NO',
    });
  });

  it('a service out of scope fails with the runtime’s clear error', () => {
    expect(() => runtime().run('gmail')).toThrow(
      'GmailApp.getInboxThreads is not implemented by the local runtime',
    );
  });
});
