import fc from 'fast-check';
import {
  emptyContact,
  STAGES,
  type Contact,
  type Stage,
} from '../../../../src/domain/contact/contact';
import {
  advance,
  applyQualification,
  availableActions,
  DEFAULT_RECONTACT_DAYS,
  defaultRecontactOn,
  markNotAFit,
  markNotReady,
  markSaidNo,
  moveBack,
  recordSale,
  reopen,
  STAGE_ORDER,
  type Transition,
} from '../../../../src/domain/qualification/stages';

const today = '2026-11-27';
const qualified = { fitsMarket: 'Yes', canAfford: 'Yes', canDecide: 'Yes' } as const;

function contact(stage: Stage, extra: Partial<Contact> = {}): Contact {
  return { ...emptyContact(), id: 'C-7K3QX9', name: 'Budi Santoso', stage, ...extra };
}

function ok(t: Transition): Extract<Transition, { ok: true }> {
  if (!t.ok) throw new Error(`expected ok, got: ${t.reason}`);
  return t;
}

function reason(t: Transition): string {
  if (t.ok) throw new Error(`expected a refusal, got ${t.from} → ${t.to}`);
  return t.reason;
}

describe('advance', () => {
  it('makes a qualified lead a prospect', () => {
    const t = ok(advance(contact('Lead', qualified)));
    expect(t).toMatchObject({ from: 'Lead', to: 'Prospect', patch: { stage: 'Prospect' } });
  });

  it('names the criteria a lead still lacks', () => {
    const r = reason(advance(contact('Lead', { fitsMarket: 'Yes', canDecide: 'No' })));
    expect(r).toBe(
      'Budi Santoso is still a lead: Can afford and Can decide must be Yes before they become a prospect.',
    );
  });

  it('moves a prospect into sales', () => {
    expect(ok(advance(contact('Prospect', qualified))).to).toBe('In sales');
  });

  it('leaves customers to recordSale', () => {
    expect(reason(advance(contact('In sales')))).toMatch(/record a sale/);
    expect(reason(advance(contact('Customer')))).toMatch(/another sale/);
    expect(reason(advance(contact('Repeat buyer')))).toMatch(/last stage/);
  });

  it.each(['Not ready', 'Said no', 'Not a fit'] as const)('asks to reopen %s first', (stage) => {
    expect(reason(advance(contact(stage)))).toBe(
      `Budi Santoso is marked "${stage}": reopen them first.`,
    );
  });

  it('falls back to the id, then a generic name, in reasons', () => {
    expect(reason(advance(contact('Customer', { name: '' })))).toMatch(/^C-7K3QX9 /);
    expect(reason(advance(contact('Customer', { name: '', id: '' })))).toMatch(/^This contact /);
  });
});

describe('moveBack', () => {
  it.each([
    ['Prospect', 'Lead'],
    ['In sales', 'Prospect'],
    ['Customer', 'In sales'],
    ['Repeat buyer', 'Customer'],
  ] as const)('moves %s back to %s, changing only the stage', (from, to) => {
    const t = ok(moveBack(contact(from, { purchases: 2, lastPurchase: '2026-11-01' })));
    expect(t.to).toBe(to);
    expect(t.patch).toEqual({ stage: to });
  });

  it('refuses at the first stage and for outcomes', () => {
    expect(reason(moveBack(contact('Lead')))).toMatch(/first stage/);
    expect(reason(moveBack(contact('Said no')))).toMatch(/reopen/);
  });
});

describe('markNotReady', () => {
  it('parks a prospect with a follow-up date', () => {
    const t = ok(markNotReady(contact('In sales'), '2027-01-15', today));
    expect(t.to).toBe('Not ready');
    expect(t.patch).toEqual({
      stage: 'Not ready',
      readiness: 'Not yet',
      nextFollowUp: '2027-01-15',
    });
  });

  it('accepts today as the follow-up date', () => {
    expect(markNotReady(contact('Prospect'), today, today).ok).toBe(true);
  });

  it('needs a real follow-up date not before today', () => {
    expect(reason(markNotReady(contact('Prospect'), '', today))).toMatch(/Choose when/);
    expect(reason(markNotReady(contact('Prospect'), '2026-02-30', today))).toMatch(/Choose when/);
    expect(reason(markNotReady(contact('Prospect'), '2026-11-26', today))).toMatch(/before today/);
  });

  it.each(['Lead', 'Customer', 'Repeat buyer', 'Not ready', 'Said no'] as const)(
    'is not for %s',
    (stage) => {
      expect(markNotReady(contact(stage), '2027-01-15', today).ok).toBe(false);
    },
  );
});

describe('markSaidNo', () => {
  it('keeps in touch: the recontact day becomes Next follow-up, the one date reminded', () => {
    const t = ok(
      markSaidNo(contact('In sales', { nextFollowUp: '2026-11-20' }), true, '2027-02-25', today),
    );
    expect(t.patch).toEqual({
      stage: 'Said no',
      keepInTouch: 'Yes',
      recontactOn: '',
      nextFollowUp: '2027-02-25',
    });
  });

  it('clears the recontact date when not keeping in touch', () => {
    const t = ok(
      markSaidNo(contact('Lead', { recontactOn: '2027-01-01' }), false, '2027-02-25', today),
    );
    expect(t.patch).toMatchObject({ keepInTouch: 'No', recontactOn: '' });
  });

  it('needs a recontact date from today on when keeping in touch', () => {
    expect(reason(markSaidNo(contact('Prospect'), true, '', today))).toMatch(/agreed to stay/);
    expect(reason(markSaidNo(contact('Prospect'), true, '2026-11-01', today))).toMatch(
      /before today/,
    );
  });

  it('is not for customers or other outcomes', () => {
    expect(reason(markSaidNo(contact('Customer'), false, '', today))).toMatch(/"Customer"/);
    expect(markSaidNo(contact('Said no'), false, '', today).ok).toBe(false);
    expect(markSaidNo(contact('Not a fit'), false, '', today).ok).toBe(false);
  });

  it('suggests recontacting in 90 days', () => {
    expect(DEFAULT_RECONTACT_DAYS).toBe(90);
    expect(defaultRecontactOn(today)).toBe('2027-02-25');
  });
});

describe('markNotAFit', () => {
  it('records the reason as a note and stops reminders', () => {
    const t = ok(
      markNotAFit(contact('Prospect', { nextFollowUp: '2026-12-01' }), '  Moved abroad '),
    );
    expect(t.note).toBe('Moved abroad');
    expect(t.patch).toEqual({
      stage: 'Not a fit',
      nextFollowUp: '',
      keepInTouch: '',
      recontactOn: '',
    });
  });

  it('has no note without a reason', () => {
    expect(ok(markNotAFit(contact('Lead'))).note).toBeUndefined();
  });

  it('never applies to customers', () => {
    expect(markNotAFit(contact('Customer')).ok).toBe(false);
    expect(markNotAFit(contact('Repeat buyer')).ok).toBe(false);
    expect(markNotAFit(contact('Not a fit')).ok).toBe(false);
  });
});

describe('reopen', () => {
  it('brings Not ready back as a prospect when qualified', () => {
    const t = ok(reopen(contact('Not ready', { ...qualified, readiness: 'Not yet' })));
    expect(t.to).toBe('Prospect');
    expect(t.patch).toEqual({ stage: 'Prospect', readiness: 'Unknown' });
  });

  it('brings Said no back as a lead when not qualified, clearing keep-in-touch', () => {
    const t = ok(reopen(contact('Said no', { keepInTouch: 'Yes', recontactOn: '2027-01-01' })));
    expect(t.to).toBe('Lead');
    expect(t.patch).toEqual({ stage: 'Lead', keepInTouch: '', recontactOn: '' });
  });

  it('resets the No answers of a Not a fit so they can be re-qualified', () => {
    const t = ok(
      reopen(contact('Not a fit', { fitsMarket: 'Yes', canAfford: 'No', canDecide: 'Yes' })),
    );
    expect(t.to).toBe('Lead');
    expect(t.patch).toEqual({ stage: 'Lead', canAfford: 'Unknown' });
  });

  it('refuses contacts already in the pipeline', () => {
    for (const stage of ['Lead', 'Prospect', 'In sales', 'Customer', 'Repeat buyer'] as const) {
      expect(reason(reopen(contact(stage)))).toMatch(/already in the pipeline/);
    }
  });
});

describe('recordSale', () => {
  it('makes a first-time buyer a customer', () => {
    const t = ok(recordSale(contact('In sales'), '2026-11-27'));
    expect(t).toMatchObject({ from: 'In sales', to: 'Customer' });
    expect(t.patch).toEqual({ stage: 'Customer', purchases: 1, lastPurchase: '2026-11-27' });
  });

  it('makes a customer a repeat buyer, and a repeat buyer stays one', () => {
    expect(ok(recordSale(contact('Customer', { purchases: 1 }), today)).patch).toMatchObject({
      stage: 'Repeat buyer',
      purchases: 2,
    });
    const again = ok(recordSale(contact('Repeat buyer', { purchases: 4 }), today));
    expect(again.from).toBe(again.to);
    expect(again.patch.purchases).toBe(5);
  });

  it('lets a not-ready contact buy, and marks them ready', () => {
    expect(ok(recordSale(contact('Not ready'), today)).patch).toMatchObject({
      stage: 'Customer',
      readiness: 'Ready now',
    });
  });

  it('never moves Last purchase backwards', () => {
    const t = ok(
      recordSale(contact('Customer', { purchases: 1, lastPurchase: '2026-11-20' }), '2026-10-01'),
    );
    expect(t.patch.lastPurchase).toBe('2026-11-20');
  });

  it('asks to qualify a lead first and to reopen outcomes', () => {
    expect(reason(recordSale(contact('Lead'), today))).toMatch(/qualify them/);
    expect(reason(recordSale(contact('Said no'), today))).toMatch(/reopen/);
  });

  it('needs a real day', () => {
    expect(reason(recordSale(contact('Prospect'), '2026-13-01'))).toMatch(/date of the sale/);
  });
});

describe('applyQualification', () => {
  it('promotes a lead whose answers are all Yes', () => {
    const t = applyQualification(contact('Lead'), qualified);
    expect(t).toMatchObject({ from: 'Lead', to: 'Prospect', outcome: { outcome: 'Prospect' } });
    expect(t.patch).toEqual({ ...qualified, stage: 'Prospect' });
  });

  it('makes a prospect not a fit on a No, stopping its follow-up', () => {
    const t = applyQualification(contact('Prospect', { nextFollowUp: '2026-12-01' }), {
      ...qualified,
      canAfford: 'No',
    });
    expect(t.to).toBe('Not a fit');
    expect(t.patch).toMatchObject({ stage: 'Not a fit', nextFollowUp: '' });
  });

  it('returns a prospect to lead when an answer becomes Unknown', () => {
    expect(applyQualification(contact('Prospect'), { ...qualified, canDecide: 'Unknown' }).to).toBe(
      'Lead',
    );
  });

  it('makes a lead whose answer is Not yet Not ready, with the default follow-up', () => {
    const t = applyQualification(
      contact('Lead'),
      { ...qualified, canAfford: 'Not yet' },
      '2026-12-27',
      today,
    );
    expect(t.to).toBe('Not ready');
    expect(t.outcome.outcome).toBe('Not ready');
    expect(t.patch).toMatchObject({ stage: 'Not ready', nextFollowUp: '2026-12-27' });
  });

  it('keeps the own follow-up of a Not yet contact while ahead, replaces a past one', () => {
    const notYet = { ...qualified, canDecide: 'Not yet' } as const;
    const own = applyQualification(
      contact('Prospect', { nextFollowUp: '2027-03-01' }),
      notYet,
      '2026-12-27',
      today,
    );
    expect(own.patch.nextFollowUp).toBeUndefined();
    const past = applyQualification(
      contact('Lead', { nextFollowUp: '2026-11-01' }),
      notYet,
      '2026-12-27',
      today,
    );
    expect(past.patch.nextFollowUp).toBe('2026-12-27');
  });

  it('lifts a Not ready whose Not yet becomes Yes; a sales-phase Not ready stays', () => {
    const waiting = contact('Not ready', { ...qualified, canAfford: 'Not yet' });
    expect(applyQualification(waiting, qualified).to).toBe('Prospect');
    const sales = contact('Not ready', { ...qualified, readiness: 'Not yet' });
    expect(applyQualification(sales, qualified).to).toBe('Not ready');
  });

  it('reopens a Not ready, resetting each Not yet to Unknown', () => {
    const t = ok(reopen(contact('Not ready', { ...qualified, canAfford: 'Not yet' })));
    expect(t.to).toBe('Lead');
    expect(t.patch.canAfford).toBe('Unknown');
  });

  it('brings a Not a fit back when the answers change', () => {
    expect(applyQualification(contact('Not a fit'), qualified).to).toBe('Prospect');
  });

  it.each(['In sales', 'Customer', 'Repeat buyer', 'Not ready', 'Said no'] as const)(
    'never moves %s, only records the answers',
    (stage) => {
      const t = applyQualification(contact(stage), { ...qualified, fitsMarket: 'No' });
      expect(t.from).toBe(stage);
      expect(t.to).toBe(stage);
      expect(t.patch).toEqual({ ...qualified, fitsMarket: 'No' });
    },
  );
});

describe('invariants', () => {
  const stage = fc.constantFrom(...STAGES);
  const criterion = fc.constantFrom('Yes', 'No', 'Unknown' as const);
  const anyContact = fc
    .record({ stage, fitsMarket: criterion, canAfford: criterion, canDecide: criterion })
    .map((r) => contact(r.stage, r));

  it('only ever produces transitions whose patch names the target stage', () => {
    fc.assert(
      fc.property(anyContact, (c) => {
        const all = [
          advance(c),
          moveBack(c),
          markNotReady(c, '2027-01-01', today),
          markSaidNo(c, true, '2027-01-01', today),
          markNotAFit(c, 'x'),
          reopen(c),
          recordSale(c, today),
        ];
        for (const t of all) {
          if (!t.ok) {
            expect(t.reason).toContain('Budi Santoso');
            continue;
          }
          expect(t.from).toBe(c.stage);
          expect(t.patch.stage).toBe(t.to);
          expect(STAGES).toContain(t.to);
        }
      }),
    );
  });

  it('never lets a contact reach Prospect through advance unless qualified', () => {
    fc.assert(
      fc.property(anyContact, (c) => {
        const t = advance(c);
        if (t.ok && t.to === 'Prospect') {
          expect([c.fitsMarket, c.canAfford, c.canDecide]).toEqual(['Yes', 'Yes', 'Yes']);
        }
      }),
    );
  });

  it('offers exactly the actions that can succeed for a qualified contact', () => {
    fc.assert(
      fc.property(stage, (s) => {
        const c = contact(s, { ...qualified, stage: s });
        const succeeded = {
          advance: advance(c).ok,
          moveBack: moveBack(c).ok,
          markNotReady: markNotReady(c, '2027-01-01', today).ok,
          markSaidNo: markSaidNo(c, false, '', today).ok,
          markNotAFit: markNotAFit(c).ok,
          reopen: reopen(c).ok,
          recordSale: recordSale(c, today).ok,
        };
        const offered = availableActions(s);
        for (const [action, worked] of Object.entries(succeeded)) {
          expect([action, offered.includes(action as never)]).toEqual([action, worked]);
        }
      }),
    );
  });

  it('orders stages main path first', () => {
    expect(STAGE_ORDER).toEqual([
      'Lead',
      'Prospect',
      'In sales',
      'Customer',
      'Repeat buyer',
      'Not ready',
      'Said no',
      'Not a fit',
    ]);
  });
});
