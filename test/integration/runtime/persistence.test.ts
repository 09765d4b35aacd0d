// A workbook and every service's state survive a save and a load, and a save is atomic.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Runtime } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/fidelity');

describe('saving and loading a workbook', () => {
  it('keeps values, formats, validation, the clock and properties across a restart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-wb-'));
    const file = path.join(dir, 'workbook.json');
    const rt = new Runtime({ now: '2026-11-27T10:00', timeZone: 'Asia/Jakarta' }).loadProject(
      FIXTURE,
    );
    rt.run('writeAndRead', ['A1:C1', [['0812', '2026-03-01', '=1+1']], '@']);
    rt.run('writeAndRead', ['D1', [['2026-03-01']]]);
    rt.run('addDropdown', ['E2:E10', ['Yes', 'No']]);
    rt.state.properties.document[rt.workbook().id] = { x: 'kept' };
    rt.save(file);
    const again = Runtime.load(file).loadProject(FIXTURE);
    expect(again.run('writeAndRead', ['A2', [['x']]])).toEqual([['x']]);
    expect(again.workbook().sheets[0].rows[0].slice(0, 3)).toEqual(['0812', '2026-03-01', '=1+1']);
    expect(again.run<{ isDate: boolean }>('describeCell', ['D1']).isDate).toBe(true);
    expect(again.run('tryCall', ['setValuesShape', ['E3', [['Maybe']]]])).toMatchObject({
      ok: false,
    });
    expect(again.run('readProperty')).toBe('kept');
    expect(again.now()).toBe(rt.now());
  });

  it('leaves a loadable workbook when the saving process is killed mid-save (kill -9)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prospek-wb-'));
    const file = path.join(dir, 'workbook.json');
    const runtimeBundle = path.join(__dirname, '../../../.build/runtime.cjs');
    // A child saves a large workbook over and over; we kill it without warning part-way.
    const child = spawn(process.execPath, [
      '-e',
      `const { Runtime } = require(${JSON.stringify(runtimeBundle)});
       const rt = new Runtime();
       const sheet = rt.workbook().sheets[0];
       sheet.maxRows = 20001;
       for (let i = 0; i < 20000; i++) sheet.rows.push(['row ' + i, 'x'.repeat(50), i]);
       for (let n = 0; ; n++) { sheet.rows[0] = ['save', n]; rt.save(${JSON.stringify(file)}); }`,
    ]);
    for (let i = 0; i < 100 && !fs.existsSync(file); i++)
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const loaded = Runtime.load(file);
    expect(loaded.workbook().sheets[0].rows).toHaveLength(20000);
    expect(loaded.workbook().sheets[0].rows[0][0]).toBe('save');
  });
});
