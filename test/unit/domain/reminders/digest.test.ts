import {
  composeDigest,
  MAX_ITEMS_PER_SECTION,
  type DigestOptions,
} from '../../../../src/domain/reminders/digest';
import {
  DEFAULT_REMINDER_SETTINGS,
  selectReminders,
  type Reminders,
} from '../../../../src/domain/reminders/reminders';
import { makeContact } from '../fixtures';
import { setActiveLang } from '../../../../src/domain/messages/lang';

const today = '2026-11-27';
const opts: DigestOptions = {
  today,
  sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  rowLinkFor: (id) => `https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A:A&id=${id}`,
  isTest: false,
  timeZoneLabel: 'Asia/Jakarta',
};

function remindersFor(contacts: ReturnType<typeof makeContact>[]): Reminders {
  return selectReminders(contacts, new Map(), today, {
    ...DEFAULT_REMINDER_SETTINGS,
    scope: 'everyone',
    me: 'me@example.com',
  });
}

describe('composeDigest', () => {
  const budi = makeContact({
    name: 'Budi Santoso',
    stage: 'Customer',
    company: 'PT Maju',
    birthday: '1986-12-04',
    address: 'Jl. Sudirman 1, Jakarta',
  });
  const siti = makeContact({ name: 'Siti', stage: 'In sales', nextFollowUp: '2026-11-24' });
  const reminders = remindersFor([budi, siti]);

  it('sends nothing when nothing is due', () => {
    expect(composeDigest(remindersFor([makeContact()]), opts)).toBeNull();
  });

  it('still sends a test, saying nothing is due', () => {
    const d = composeDigest(remindersFor([]), { ...opts, isTest: true });
    expect(d?.subject).toBe('[TEST] Prospek: 0 reminders for 27 November 2026');
    expect(d?.text).toContain('Nothing is due today.');
    expect(d?.html).toContain('This is a test of your daily reminder email.');
  });

  it('counts reminders in the subject', () => {
    expect(composeDigest(reminders, opts)?.subject).toBe(
      'Prospek: 2 reminders for 27 November 2026',
    );
  });

  it('words a card reminder with age, date and address, and links each contact', () => {
    const d = composeDigest(reminders, opts);
    expect(d?.text).toContain(
      '- Send a card: Budi Santoso (Customer, PT Maju) turns 40 on Fri, 4 Dec (in 7 days). Post to: Jl. Sudirman 1, Jakarta',
    );
    expect(d?.text).toContain(`  ${opts.rowLinkFor(budi.id)}`);
    expect(d?.text).toContain('- Siti (In sales) follow-up was due Tue, 24 Nov, 3 days ago.');
    expect(d?.html).toContain(
      `<a href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A:A&amp;id=${budi.id}">Budi Santoso</a>`,
    );
  });

  it('in Indonesian: days as "Jum, 4 Des" and "27 November 2026", counts with a dot', () => {
    setActiveLang('id');
    try {
      const d = composeDigest(reminders, opts);
      expect(d?.subject).toContain('27 November 2026');
      expect(d?.text).toContain('genap 40 tahun pada Jum, 4 Des (7 hari lagi)');
      expect(d?.text).toContain('tindak lanjut jatuh tempo Sel, 24 Nov, 3 hari yang lalu.');
      const many = remindersFor(
        Array.from({ length: 1234 }, (_, i) =>
          makeContact({ name: `K${i}`, stage: 'In sales', nextFollowUp: '2026-11-24' }),
        ),
      );
      // 1,234 overdue: the section heading counts them the Indonesian way.
      expect(composeDigest(many, opts)?.text).toContain('Tindak lanjut terlambat (1.234)');
    } finally {
      setActiveLang('en');
    }
  });

  it('shows a Stage it cannot read as typed, marked unknown, never as Lead', () => {
    const hot = makeContact({
      name: 'Ani',
      stage: 'Lead',
      unreadStage: 'Hot <lead>',
      company: 'Toko Ani',
      nextFollowUp: today,
    });
    const bare = makeContact({ name: 'Eko', stage: 'Lead', unreadStage: 'Custumer' });
    const due = remindersFor([hot, { ...bare, nextFollowUp: today }]);
    const d = composeDigest(due, opts);
    expect(d?.text).toContain('Ani (unknown stage "Hot <lead>", Toko Ani) follow up today.');
    expect(d?.text).toContain('Eko (unknown stage "Custumer") follow up today.');
    expect(d?.html).toContain('(unknown stage &quot;Hot &lt;lead&gt;&quot;, Toko Ani)');
    expect(d?.text).not.toContain('(Lead');
    setActiveLang('id');
    try {
      const id = composeDigest(due, opts);
      expect(id?.text).toContain('Ani (tahap tidak dikenal "Hot <lead>", Toko Ani)');
      expect(id?.text).toContain('Eko (tahap tidak dikenal "Custumer")');
      expect(id?.text).not.toContain('(Calon');
    } finally {
      setActiveLang('en');
    }
  });

  it('lists the same items in text and HTML, by section', () => {
    const d = composeDigest(reminders, opts);
    for (const heading of ['Overdue follow-ups (1)', 'Upcoming birthdays (1)']) {
      expect(d?.text).toContain(heading);
      expect(d?.html).toContain(heading);
    }
    expect(d?.html.match(/<li/g)).toHaveLength(2);
    expect(d?.text).toContain('Dates are in Asia/Jakarta time.');
  });

  it('escapes every value from the sheet', () => {
    const evil = makeContact({
      name: '<img src=x onerror=alert(1)>',
      company: '"><script>alert(2)</script>',
      stage: 'Prospect',
      nextFollowUp: today,
      birthday: '--11-27',
      address: '<b>bold</b> & co',
    });
    const d = composeDigest(remindersFor([evil]), opts);
    expect(d).not.toBeNull();
    const html = d?.html ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    // The plain-text body keeps the name as typed: it is text, not markup.
    expect(d?.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('drops links that are not http(s)', () => {
    const d = composeDigest(reminders, { ...opts, rowLinkFor: () => 'javascript:alert(1)' });
    expect(d?.html).not.toContain('javascript:');
    expect(d?.html).toContain('<strong>Siti</strong>');
  });
});

describe('a very long digest', () => {
  it('lists at most MAX_ITEMS_PER_SECTION items per section and counts the rest', () => {
    const many = Array.from({ length: MAX_ITEMS_PER_SECTION + 7 }, (_, i) => ({
      id: `C-${i}`,
      name: `Person ${i}`,
      stage: 'Lead' as const,
      company: '',
      day: '2026-11-20',
      daysOverdue: 7,
    }));
    const d = composeDigest(
      {
        today: '2026-11-27',
        followUpsDueToday: [],
        overdueFollowUps: many,
        birthdaysToday: [],
        upcomingBirthdays: [],
        recontactsDue: [],
        quietProspects: [],
      },
      {
        today: '2026-11-27',
        sheetUrl: 'https://example.com/s',
        rowLinkFor: () => 'https://example.com/s',
        isTest: false,
      },
    )!;
    expect(d.subject).toContain(`${MAX_ITEMS_PER_SECTION + 7} reminders`);
    expect(d.text).toContain(`Person ${MAX_ITEMS_PER_SECTION - 1} `);
    expect(d.text).not.toContain(`Person ${MAX_ITEMS_PER_SECTION} `);
    expect(d.text).toContain('...and 7 more: open the sheet to see them all.');
    expect(d.html).toContain('...and 7 more: open the sheet to see them all.');
  });
});
