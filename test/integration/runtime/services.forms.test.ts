// Pins FormApp to what Google Forms does for a spreadsheet: a linked form's responses land in a
// "Form Responses 1" tab (first, Timestamp then one column per question), each submission runs
// the spreadsheet's installable onFormSubmit triggers with Google's event object, links have
// Google's shapes, and the forms scope is needed.
import path from 'node:path';
import { Runtime, type RuntimeOptions } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-forms');

function runtime(options: RuntimeOptions = {}): Runtime {
  return new Runtime({
    now: '2026-12-04T10:15:30',
    timeZone: 'Asia/Jakarta',
    user: 'seller@example.com',
    ...options,
  }).loadProject(FIXTURE);
}

interface Made {
  id: string;
  published: string;
  edit: string;
  destination: string;
  type: string;
  items: [string, string, boolean][];
  sheets: string[];
}

describe('FormApp', () => {
  it('makes a form linked to the spreadsheet: a first tab headed Timestamp and the questions', () => {
    const rt = runtime();
    const made = rt.run<Made>('makeForm', ['Lead form']);
    expect(made.published).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]{44}\/viewform$/,
    );
    expect(made.edit).toBe(`https://docs.google.com/forms/d/${made.id}/edit`);
    expect(made.destination).toBe(rt.workbook().id);
    expect(made.type).toBe('SPREADSHEET');
    expect(made.items).toEqual([
      ['Name', 'TEXT', true],
      ['Phone', 'TEXT', false],
      ['Budget?', 'MULTIPLE_CHOICE', false],
      ['Birthday', 'DATE', false],
    ]);
    expect(made.sheets).toEqual(['Form Responses 1', 'Sheet1']);
    expect(rt.getValues("'Form Responses 1'!A1:E1")).toEqual([
      ['Timestamp', 'Name', 'Phone', 'Budget?', 'Birthday'],
    ]);
    expect(rt.run('byUrl', [made.published])).toBe('Lead form');
    // A second linked form gets the next free name.
    rt.run('makeForm', ['Second']);
    expect(rt.workbook().sheets.map((s) => s.name)).toEqual([
      'Form Responses 2',
      'Form Responses 1',
      'Sheet1',
    ]);
  });

  it('writes a submission as Google does and runs onFormSubmit with its event object', () => {
    const rt = runtime();
    const { id } = rt.run<Made>('makeForm', ['Lead form']);
    rt.run('installTrigger');
    const uid = rt.state.triggers[0].uid;
    const sent = rt.user.submitForm(id, {
      Name: '=IMPORTXML("http://x","//a")',
      Phone: '0812345678',
      'Budget?': 'Not yet',
      Birthday: '1990-05-17',
    });
    expect(sent.range).toBe("'Form Responses 1'!2:2");
    expect(sent.triggers).toEqual([{ uid, handler: 'onSubmit', at: rt.now() }]);
    const row = rt.getValues("'Form Responses 1'!A2:E2")[0];
    expect(row[0]).toEqual(new Date('2026-12-04T03:15:30Z'));
    // Text stays text, never a formula; digits become a number (the leading 0 is lost).
    expect(row.slice(1, 4)).toEqual(['=IMPORTXML("http://x","//a")', 812345678, 'Not yet']);
    expect(rt.getDisplayValues("'Form Responses 1'!A2:E2")[0]).toEqual([
      '12/4/2026 10:15:30',
      '=IMPORTXML("http://x","//a")',
      '812345678',
      'Not yet',
      '5/17/1990',
    ]);
    const [named, values, range, triggerUid, authMode] = rt.getValues('Log!A1:E1')[0] as string[];
    expect(JSON.parse(named)).toEqual({
      Timestamp: ['12/4/2026 10:15:30'],
      Name: ['=IMPORTXML("http://x","//a")'],
      Phone: ['812345678'],
      'Budget?': ['Not yet'],
      Birthday: ['5/17/1990'],
    });
    expect(JSON.parse(values)).toEqual([
      '12/4/2026 10:15:30',
      '=IMPORTXML("http://x","//a")',
      '812345678',
      'Not yet',
      '5/17/1990',
    ]);
    expect([range, triggerUid, authMode]).toEqual(['Form Responses 1!A2:E2', `uid ${uid}`, 'FULL']);
  });

  it('appends each response below the last, keyed by answers by title, item ID or entry', () => {
    const rt = runtime();
    const { id, published } = rt.run<Made>('makeForm', ['Lead form']);
    const nameId = rt.state.forms[0].items[0].id;
    rt.user.submitForm(published, { [`entry.${nameId}`]: 'Ani' });
    rt.user.submitForm(id, { [String(nameId)]: 'Budi' });
    expect(rt.getValues("'Form Responses 1'!B2:B3")).toEqual([['Ani'], ['Budi']]);
    expect(() => rt.user.submitForm(id, { Phone: '1' })).toThrow(
      'A required question was not answered: Name',
    );
    expect(() => rt.user.submitForm(id, { Nope: 'x' })).toThrow('The form has no question "Nope".');
    // A submission without a trigger installed just lands in the tab.
    expect(rt.user.submitForm(id, { Name: 'Citra' }).triggers).toEqual([]);
    expect(rt.run('responses', [id])).toEqual([['Name=Ani'], ['Name=Budi'], ['Name=Citra']]);
  });

  it('builds a pre-filled link: the public link with usp=pp_url and entry.<id>=answer', () => {
    const rt = runtime();
    const { id, published } = rt.run<Made>('makeForm', ['Lead form']);
    const [name, , budget, birthday] = rt.state.forms[0].items.map((i) => i.id);
    expect(rt.run('prefill', [id, 'Ani Wijaya & co', 'Not yet', '1990-05-17'])).toBe(
      `${published}?usp=pp_url&entry.${name}=Ani+Wijaya+%26+co&entry.${budget}=Not+yet&entry.${birthday}=1990-05-17`,
    );
    expect(() => rt.run('badChoice', [id])).toThrow('Invalid response submitted to item: Budget?');
  });

  it('submits from a script: the row lands in the tab', () => {
    const rt = runtime();
    const { id } = rt.run<Made>('makeForm', ['Lead form']);
    expect(rt.run('submitByScript', [id, 'Dewi'])).toMatch(/^2_/);
    expect(rt.getValues("'Form Responses 1'!B2")).toEqual([['Dewi']]);
  });

  it("refuses an unknown form, and needs the forms scope (forms.currentonly can't create)", () => {
    const rt = runtime();
    expect(() => rt.run('openMissing')).toThrow(/^No item with the given ID could be found/);
    rt.state.oauthScopes = [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/forms.currentonly',
    ];
    expect(() => rt.run('makeForm', ['x'])).toThrow(
      'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms',
    );
    rt.state.oauthScopes = null;
    expect(() => rt.run('makeForm', ['x'], { authMode: 'LIMITED' })).toThrow(
      /^You do not have permission to call FormApp.create/,
    );
  });
});
