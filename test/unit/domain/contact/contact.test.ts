import fc from 'fast-check';
import {
  ACTIVITY_FIELDS,
  CONTACT_FIELDS,
  EDITABLE_CONTACT_KEYS,
  ID_ALPHABET,
  contactFromCells,
  emptyContact,
  isActivityId,
  isBlankContact,
  isContactId,
  mapHeaders,
  matchOption,
  newActivityId,
  newContactId,
  normalizeHeader,
  STAGES,
  CRITERION,
  KEEP_IN_TOUCH,
} from '../../../../src/domain/contact/contact';

/** A deterministic random source cycling through the given values. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}

describe('schema', () => {
  it('has one column per Contact field, in a stable order', () => {
    const keys = CONTACT_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(emptyContact()).sort());
    expect(keys.slice(0, 3)).toEqual(['id', 'name', 'company']);
  });

  it('uses the agreed headers', () => {
    const header = Object.fromEntries(CONTACT_FIELDS.map((f) => [f.key, f.header]));
    expect(header).toMatchObject({
      id: 'ID',
      address: 'Postal address',
      source: 'Lead source',
      fitsMarket: 'Fits target market',
      canAffordNote: 'Affordability evidence',
      nextFollowUp: 'Next follow-up',
      recontactOn: 'Recontact on',
    });
    expect(ACTIVITY_FIELDS.map((f) => f.header)).toEqual([
      'Activity ID',
      'When',
      'Contact ID',
      'Contact name',
      'Type',
      'Summary',
      'Their questions',
      'Their concerns',
      'Next step',
      'Follow-up date',
      'From stage',
      'To stage',
      'By',
    ]);
  });

  it('has headers that stay distinct after normalisation', () => {
    for (const fields of [CONTACT_FIELDS, ACTIVITY_FIELDS]) {
      const normalized = fields.map((f) => normalizeHeader(f.header));
      expect(new Set(normalized).size).toBe(fields.length);
    }
  });

  it('lists options for every enum field', () => {
    for (const f of [...CONTACT_FIELDS, ...ACTIVITY_FIELDS]) {
      expect(f.kind === 'enum').toBe(Array.isArray(f.options));
    }
  });

  it('keeps stage and purchases out of the editable fields', () => {
    expect(EDITABLE_CONTACT_KEYS).not.toContain('stage');
    expect(EDITABLE_CONTACT_KEYS).not.toContain('purchases');
    expect(EDITABLE_CONTACT_KEYS).toContain('name');
  });

  it('starts a contact as a lead with unknown criteria', () => {
    expect(emptyContact()).toMatchObject({
      stage: 'Lead',
      fitsMarket: 'Unknown',
      canAfford: 'Unknown',
      canDecide: 'Unknown',
      purchases: 0,
      nextFollowUp: '',
    });
  });
});

describe('headers', () => {
  it('ignores case, spacing, punctuation and accents', () => {
    expect(normalizeHeader('Next follow-up')).toBe(normalizeHeader(' NEXT  Follow Up '));
    expect(normalizeHeader('Fits target market')).toBe(normalizeHeader('fits_target_market'));
    expect(normalizeHeader('Café')).toBe('cafe');
    expect(normalizeHeader(null)).toBe('');
  });

  it('maps renamed and reordered headers, keeping the user’s own columns out', () => {
    const row = ['My notes', 'name', 'ID ', 'next FOLLOW-UP', '', 'Name'];
    const { columns, missing } = mapHeaders(row, CONTACT_FIELDS);
    expect(columns.id).toBe(2);
    expect(columns.name).toBe(1); // the first match wins
    expect(columns.nextFollowUp).toBe(3);
    expect(missing).toContain('email');
    expect(missing).not.toContain('name');
    expect(Object.values(columns)).not.toContain(0);
  });

  it('matches enum values the same way', () => {
    expect(matchOption('in SALES', STAGES)).toBe('In sales');
    expect(matchOption('Repeat-buyer', STAGES)).toBe('Repeat buyer');
    expect(matchOption('Prospekt', STAGES)).toBeNull();
    expect(matchOption('', STAGES)).toBeNull();
  });

  it('reads headers and values in either sheet language', () => {
    const { columns, missing } = mapHeaders(['Nama', 'No HP', 'Tahap', 'Email'], CONTACT_FIELDS);
    expect(columns).toMatchObject({ name: 0, phone: 1, stage: 2, email: 3 });
    expect(missing).not.toContain('stage');
    expect(matchOption('dalam PENJUALAN', STAGES)).toBe('In sales');
    expect(matchOption('Prospek', STAGES)).toBe('Prospect');
    expect(matchOption('belum tahu', CRITERION)).toBe('Unknown');
    expect(matchOption('Ya', KEEP_IN_TOUCH)).toBe('Yes');
  });
});

describe('contactFromCells', () => {
  it('reads a typical row', () => {
    const c = contactFromCells({
      id: 'C-7K3QX9',
      name: ' Budi Santoso ',
      phone: "'+62 812 3456 789",
      stage: 'prospect',
      fitsMarket: 'yes',
      nextFollowUp: '2026-12-01',
      purchases: 2,
      keepInTouch: 'YES',
    });
    expect(c).toMatchObject({
      id: 'C-7K3QX9',
      name: 'Budi Santoso',
      phone: '+62 812 3456 789',
      stage: 'Prospect',
      fitsMarket: 'Yes',
      canAfford: 'Unknown',
      nextFollowUp: '2026-12-01',
      purchases: 2,
      keepInTouch: 'Yes',
    });
  });

  it('falls back to safe values for what it cannot read', () => {
    const c = contactFromCells({
      stage: 'Prospekt',
      canDecide: 'maybe',
      nextFollowUp: '31/12/2026',
      purchases: 'lots',
      source: 'Radio',
    });
    expect(c).toMatchObject({
      stage: 'Lead',
      canDecide: 'Unknown',
      nextFollowUp: '',
      purchases: 0,
      source: '',
    });
  });

  it('reads numeric-looking cells as text', () => {
    expect(contactFromCells({ phone: 81234567, name: 42 })).toMatchObject({
      phone: '81234567',
      name: '42',
    });
  });
});

describe('isBlankContact', () => {
  it('spots rows with nothing identifying', () => {
    expect(isBlankContact(emptyContact())).toBe(true);
    expect(isBlankContact({ ...emptyContact(), phone: '0812' })).toBe(false);
  });
});

describe('ids', () => {
  it('uses Crockford base32 without I, L, O, U', () => {
    expect(ID_ALPHABET).toHaveLength(32);
    expect(ID_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('makes short prefixed ids from the random source', () => {
    expect(newContactId(sequence(0), new Set())).toBe('C-000000');
    expect(newContactId(sequence(0.999999), new Set())).toBe('C-ZZZZZZ');
    expect(newActivityId(sequence(0.5), new Set())).toBe('A-GGGGGGGG');
  });

  it('copes with a random source that returns exactly 1', () => {
    expect(newContactId(() => 1, new Set())).toBe('C-ZZZZZZ');
  });

  it('retries on collision', () => {
    const existing = new Set(['C-000000']);
    expect(newContactId(sequence(...Array(6).fill(0), ...Array(6).fill(0.5)), existing)).toBe(
      'C-GGGGGG',
    );
  });

  it('gives up loudly when it can never find a free id', () => {
    expect(() => newContactId(() => 0, new Set(['C-000000']))).toThrow(/free/);
  });

  it('recognises its own ids', () => {
    fc.assert(
      fc.property(
        fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        (s) => {
          const it = s[Symbol.iterator]();
          const random = () => it.next().value as number;
          expect(isContactId(newContactId(random, new Set()))).toBe(true);
          expect(isActivityId(newActivityId(random, new Set()))).toBe(true);
        },
      ),
    );
    expect(isContactId('C-7K3QX9')).toBe(true);
    expect(isContactId('C-7K3QXI')).toBe(false);
    expect(isContactId('A-7K3QX9')).toBe(false);
  });
});
