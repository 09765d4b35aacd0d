import fc from 'fast-check';
import { ValidationError, type FieldIssue } from '../../../../src/domain/errors';
import {
  CELL_TEXT_LIMIT,
  checkCellText,
  normalizeEmail,
  normalizePhone,
  validateActivityInput,
  validateContactInput,
  validateStageActionInput,
} from '../../../../src/domain/contact/validation';

const today = '2026-11-27';

/** The issues a validator throws (fails the test if it doesn't throw a ValidationError). */
function issuesOf(run: () => unknown): FieldIssue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return [...e.issues];
    throw e;
  }
  throw new Error('expected a ValidationError');
}

function fields(run: () => unknown): string[] {
  return issuesOf(run).map((i) => i.field);
}

describe('normalizeEmail', () => {
  it.each([
    [' Budi.Santoso@Example.CO.ID ', 'Budi.Santoso@example.co.id'],
    ['a+tag@sub.example.com', 'a+tag@sub.example.com'],
    ["o'neil@example.ie", "o'neil@example.ie"],
    ['x@xn--80ak6aa92e.com', 'x@xn--80ak6aa92e.com'],
  ])('accepts %j', (raw, normalized) => {
    expect(normalizeEmail(raw)).toBe(normalized);
  });

  it.each([
    'budi',
    '@example.com',
    'budi@',
    'budi@localhost',
    'budi@example.c',
    'budi@@example.com',
    'bu di@example.com',
    '.budi@example.com',
    'budi.@example.com',
    'bu..di@example.com',
    'budi@-example.com',
    'budi@example..com',
    '"budi"@example.com',
    `${'a'.repeat(65)}@example.com`,
    'budi@example.123',
  ])('rejects %j', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0812 3456 789', '0812 3456 789'],
    ['+62 (812) 3456-789', '+62 (812) 3456-789'],
    ['  021.555.1234 ', '021.555.1234'],
    ['0812   3456', '0812 3456'],
  ])('accepts %j', (raw, normalized) => {
    expect(normalizePhone(raw)).toBe(normalized);
  });

  it.each(['12345', '1'.repeat(21), '0812-CALL-NOW', '62+812345678', '=1+2', 'ext. 123456'])(
    'rejects %j',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull();
    },
  );
});

describe('checkCellText', () => {
  it('passes text that fits a cell, counting the apostrophe encoding may add', () => {
    expect(checkCellText('a'.repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
    expect(() => checkCellText(`=${'a'.repeat(CELL_TEXT_LIMIT - 1)}`, 'notes', 'Notes')).toThrow(
      'Notes is longer than a spreadsheet cell holds (50,000 characters).',
    );
  });
});

describe('validateContactInput', () => {
  it('returns trimmed, canonical values', () => {
    const input = validateContactInput(
      {
        id: 'C-7K3QX9',
        name: '  Budi Santoso ',
        email: 'Budi@Example.COM',
        phone: ' +62 812-3456-789',
        birthday: '12 Dec 1986',
        source: 'in person',
        fitsMarket: 'yes',
        canAfford: '',
        nextFollowUp: '2026-12-01',
        notes: '=not a formula',
      },
      { today },
    );
    expect(input).toEqual({
      id: 'C-7K3QX9',
      name: 'Budi Santoso',
      email: 'Budi@example.com',
      phone: '+62 812-3456-789',
      birthday: '1986-12-12',
      source: 'In person',
      fitsMarket: 'Yes',
      canAfford: 'Unknown',
      nextFollowUp: '2026-12-01',
      notes: '=not a formula',
    });
  });

  it('keeps a year-less birthday year-less', () => {
    expect(validateContactInput({ name: 'A', birthday: '29 Feb' }, { today }).birthday).toBe(
      '--02-29',
    );
  });

  it('lets optional fields be cleared', () => {
    expect(
      validateContactInput({ name: 'A', email: '', phone: null, nextFollowUp: '' }, { today }),
    ).toEqual({ name: 'A', email: '', phone: '', nextFollowUp: '' });
  });

  it('lists every bad field, each message naming it', () => {
    const issues = issuesOf(() =>
      validateContactInput(
        {
          name: '',
          email: 'budi@',
          phone: '123',
          birthday: '1987-02-29',
          source: 'Radio',
          canDecide: 'Maybe',
          nextFollowUp: '2026-02-30',
          owner: 'someone',
          company: 42,
        },
        { today },
      ),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(
      [
        'name',
        'email',
        'phone',
        'birthday',
        'source',
        'canDecide',
        'nextFollowUp',
        'owner',
        'company',
      ].sort(),
    );
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(byField.name).toBe('Name is required.');
    expect(byField.source).toBe(
      'Lead source must be one of: Bought list, Phone book, Internet search, In person, Referral, Event, Online form, Other.',
    );
    expect(byField.nextFollowUp).toMatch(/^Next follow-up must be a real date/);
    expect(byField.birthday).toMatch(/^Birthday isn't a date/);
    expect(byField.company).toBe('Company must be text.');
    expect(byField.owner).toMatch(/^Owner doesn't look like an email/);
  });

  it('rejects birthdays in the future or before 1900', () => {
    expect(
      fields(() => validateContactInput({ name: 'A', birthday: '1850-01-01' }, { today })),
    ).toEqual(['birthday']);
    expect(
      issuesOf(() => validateContactInput({ name: 'A', birthday: '2026-12-25' }, { today }))[0]
        .message,
    ).toMatch(/future/);
  });

  it('requires a name even when the payload omits it', () => {
    expect(fields(() => validateContactInput({ email: 'a@b.co' }, { today }))).toEqual(['name']);
  });

  it('rejects unknown keys and fields that only stage actions may change', () => {
    const issues = issuesOf(() =>
      validateContactInput(
        { name: 'A', stage: 'Customer', purchases: 3, isAdmin: true },
        { today },
      ),
    );
    expect(issues).toEqual([
      {
        field: 'stage',
        message: "Stage can't be changed from this form; use the stage buttons or the sheet.",
      },
      { field: 'purchases', message: expect.stringMatching(/^Purchases can't be changed/) },
      { field: 'isAdmin', message: '"isAdmin" isn\'t a field Prospek knows.' },
    ]);
  });

  it('enforces per-field limits and the cell limit', () => {
    const issues = issuesOf(() =>
      validateContactInput(
        { name: 'x'.repeat(201), notes: 'y'.repeat(CELL_TEXT_LIMIT + 1) },
        { today },
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Name is too long: keep it to 200 characters.',
      'Notes is longer than a spreadsheet cell holds (50,000 characters).',
    ]);
  });

  it('checks the id of the contact being edited', () => {
    expect(
      fields(() => validateContactInput({ id: '=HYPERLINK()', name: 'A' }, { today })),
    ).toEqual(['id']);
  });

  it.each([null, 'Budi', 42, ['name'], new Date()])('rejects a payload that is %p', (payload) => {
    expect(() => validateContactInput(payload, { today })).toThrow(ValidationError);
  });

  it('never throws anything but a ValidationError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'name',
            'email',
            'phone',
            'birthday',
            'stage',
            'source',
            'nextFollowUp',
            'x',
          ),
          fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
        ),
        (payload) => {
          try {
            validateContactInput(payload, { today });
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
          }
        },
      ),
    );
  });
});

describe('validateActivityInput', () => {
  const valid = {
    contactId: 'C-7K3QX9',
    type: 'Call',
    summary: ' Talked about pricing ',
    questions: 'Is there a discount?',
    concerns: '',
    nextStep: 'Send quote',
    followUpOn: '2026-12-03',
  };

  it('returns the conversation with every field present and trimmed', () => {
    expect(validateActivityInput(valid, { today })).toEqual({
      ...valid,
      summary: 'Talked about pricing',
    });
    expect(
      validateActivityInput({ contactId: 'C-7K3QX9', type: 'note', concerns: 'Price' }, { today }),
    ).toEqual({
      contactId: 'C-7K3QX9',
      type: 'Note',
      summary: '',
      questions: '',
      concerns: 'Price',
      nextStep: '',
      followUpOn: '',
    });
  });

  it('allows a follow-up date in the past but not one that does not exist', () => {
    expect(
      validateActivityInput({ ...valid, followUpOn: '2026-01-01' }, { today }).followUpOn,
    ).toBe('2026-01-01');
    expect(
      fields(() => validateActivityInput({ ...valid, followUpOn: '2026-11-31' }, { today })),
    ).toEqual(['followUpOn']);
  });

  it('needs something said', () => {
    const issues = issuesOf(() =>
      validateActivityInput({ ...valid, summary: ' ', questions: '', concerns: '' }, { today }),
    );
    expect(issues).toEqual([
      {
        field: 'summary',
        message:
          'Write a summary, their questions or their concerns: the conversation has nothing in it yet.',
      },
    ]);
  });

  it('only takes conversation types', () => {
    expect(fields(() => validateActivityInput({ ...valid, type: 'Sale' }, { today }))).toEqual([
      'type',
    ]);
    expect(fields(() => validateActivityInput({ ...valid, type: undefined }, { today }))).toEqual([
      'type',
    ]);
  });

  it('lists every problem at once', () => {
    expect(
      fields(() =>
        validateActivityInput(
          { type: 'Fax', summary: 5, when: 'now', followUpOn: 'soon' },
          { today },
        ),
      ).sort(),
    ).toEqual(['contactId', 'followUpOn', 'summary', 'type', 'when']);
  });
});

describe('validateStageActionInput', () => {
  it('validates a not-ready follow-up date from today on', () => {
    expect(
      validateStageActionInput(
        { action: 'markNotReady', contactId: 'C-7K3QX9', followUpOn: today },
        { today },
      ),
    ).toEqual({ action: 'markNotReady', contactId: 'C-7K3QX9', followUpOn: today });
    expect(
      issuesOf(() =>
        validateStageActionInput(
          { action: 'markNotReady', contactId: 'C-7K3QX9', followUpOn: '2026-11-26' },
          { today },
        ),
      ),
    ).toEqual([{ field: 'followUpOn', message: "Follow-up date can't be before today." }]);
  });

  it('requires a recontact date only when keeping in touch', () => {
    expect(
      validateStageActionInput(
        { action: 'markSaidNo', contactId: 'C-1', keepInTouch: false, recontactOn: '2027-01-01' },
        { today },
      ),
    ).toEqual({ action: 'markSaidNo', contactId: 'C-1', keepInTouch: false, recontactOn: '' });
    expect(
      fields(() =>
        validateStageActionInput(
          { action: 'markSaidNo', contactId: 'C-1', keepInTouch: true },
          { today },
        ),
      ),
    ).toEqual(['recontactOn']);
    expect(
      fields(() =>
        validateStageActionInput(
          { action: 'markSaidNo', contactId: 'C-1', keepInTouch: 'yes' },
          { today },
        ),
      ),
    ).toEqual(['keepInTouch']);
  });

  it('refuses a sale dated in the future', () => {
    expect(
      fields(() =>
        validateStageActionInput(
          { action: 'recordSale', contactId: 'C-1', day: '2026-11-28' },
          { today },
        ),
      ),
    ).toEqual(['day']);
  });

  it('takes only the fields the action uses', () => {
    expect(
      fields(() =>
        validateStageActionInput({ action: 'advance', contactId: 'C-1', day: today }, { today }),
      ),
    ).toEqual(['day']);
    expect(
      validateStageActionInput(
        { action: 'markNotAFit', contactId: 'C-1', reason: ' moved ' },
        { today },
      ),
    ).toEqual({ action: 'markNotAFit', contactId: 'C-1', reason: 'moved' });
  });

  it('rejects unknown actions and missing ids', () => {
    expect(
      fields(() => validateStageActionInput({ action: 'delete', contactId: 'C-1' }, { today })),
    ).toEqual(['action']);
    expect(fields(() => validateStageActionInput({ action: 'toString' }, { today }))).toEqual([
      'action',
    ]);
    expect(fields(() => validateStageActionInput({ action: 'reopen' }, { today }))).toEqual([
      'contactId',
    ]);
  });
});
