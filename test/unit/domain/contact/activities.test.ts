import {
  activityForTransition,
  contactPatchForConversation,
  conversationActivity,
  qualificationActivity,
  saleActivity,
  stageChangeActivity,
  systemActivity,
} from '../../../../src/domain/contact/activities';
import {
  ACTIVITY_FIELDS,
  emptyContact,
  type Contact,
} from '../../../../src/domain/contact/contact';
import { markNotAFit, markSaidNo, recordSale } from '../../../../src/domain/qualification/stages';

const when = '2026-11-27T08:00:00.000Z';
const me = 'sales@example.com';
const budi: Contact = {
  ...emptyContact(),
  id: 'C-7K3QX9',
  name: 'Budi Santoso',
  stage: 'In sales',
};

describe('activity records', () => {
  it('logs a conversation with every column filled', () => {
    const a = conversationActivity(
      {
        contactId: budi.id,
        type: 'Call',
        summary: 'Walked through the offer',
        questions: 'Delivery time?',
        concerns: 'Price',
        nextStep: 'Send quote',
        followUpOn: '2026-12-03',
      },
      budi,
      me,
      when,
      'A-00000001',
    );
    expect(a).toEqual({
      activityId: 'A-00000001',
      when,
      contactId: 'C-7K3QX9',
      contactName: 'Budi Santoso',
      type: 'Call',
      summary: 'Walked through the offer',
      questions: 'Delivery time?',
      concerns: 'Price',
      nextStep: 'Send quote',
      followUpOn: '2026-12-03',
      fromStage: '',
      toStage: '',
      by: me,
    });
    expect(Object.keys(a).sort()).toEqual(ACTIVITY_FIELDS.map((f) => f.key).sort());
  });

  it('leaves the id to the activity log when none is given', () => {
    expect(stageChangeActivity(budi, 'Lead', 'Prospect', me, when).activityId).toBe('');
  });

  it('describes a stage change, with its note', () => {
    const a = stageChangeActivity(budi, 'Prospect', 'Not a fit', me, when, 'Moved abroad.');
    expect(a).toMatchObject({
      type: 'Stage change',
      summary: 'Stage changed from Prospect to Not a fit. Moved abroad.',
      fromStage: 'Prospect',
      toStage: 'Not a fit',
    });
  });

  it('builds the log entry straight from a transition, keeping its dates', () => {
    const t = markSaidNo(budi, true, '2027-02-25', '2026-11-27');
    if (!t.ok) throw new Error(t.reason);
    expect(activityForTransition(budi, t, me, when)).toMatchObject({
      fromStage: 'In sales',
      toStage: 'Said no',
      followUpOn: '2027-02-25',
    });
    const fit = markNotAFit(budi, 'No budget this year.');
    if (!fit.ok) throw new Error(fit.reason);
    expect(activityForTransition(budi, fit, me, when).summary).toBe(
      'Stage changed from In sales to Not a fit. No budget this year.',
    );
  });

  it('records qualification answers and what they mean', () => {
    const criteria = { fitsMarket: 'Yes', canAfford: 'Unknown', canDecide: 'Yes' } as const;
    const a = qualificationActivity(budi, criteria, me, when);
    expect(a.type).toBe('Qualification');
    expect(a.summary).toBe(
      'Fits target market: Yes; Can afford: Unknown; Can decide: Yes. Still a lead: still unknown whether they can afford the offer.',
    );
    expect([a.fromStage, a.toStage]).toEqual(['', '']);
    // A move is the Stage change entry's alone: the answers never echo it.
    const moved = qualificationActivity(budi, { ...criteria, canAfford: 'Yes' }, me, when);
    expect([moved.fromStage, moved.toStage]).toEqual(['', '']);
    expect(moved.summary).toContain('All three criteria are met: a prospect.');
  });

  it('records a sale with its purchase number', () => {
    const t = recordSale(budi, '2026-11-26');
    if (!t.ok) throw new Error(t.reason);
    expect(saleActivity(budi, '2026-11-26', t, me, when)).toMatchObject({
      type: 'Sale',
      summary: 'Sale on 26 November 2026 (purchase number 1).',
      fromStage: 'In sales',
      toStage: 'Customer',
    });
  });

  it('writes import and merge entries', () => {
    expect(systemActivity('Import', budi, 'Imported from leads.csv', me, when)).toMatchObject({
      type: 'Import',
      summary: 'Imported from leads.csv',
      contactId: 'C-7K3QX9',
    });
  });
});

describe('contactPatchForConversation', () => {
  it('sets last contacted and the new follow-up', () => {
    expect(contactPatchForConversation({ followUpOn: '2026-12-03' }, '2026-11-27')).toEqual({
      lastContacted: '2026-11-27',
      nextFollowUp: '2026-12-03',
    });
  });

  it('clears a follow-up that this conversation fulfilled', () => {
    const contact = { lastContacted: '2026-11-01', nextFollowUp: '2026-11-27' };
    expect(contactPatchForConversation({ followUpOn: '' }, '2026-11-27', contact)).toEqual({
      lastContacted: '2026-11-27',
      nextFollowUp: '',
    });
  });

  it('keeps a follow-up still to come', () => {
    const contact = { lastContacted: '', nextFollowUp: '2026-12-10' };
    expect(contactPatchForConversation({ followUpOn: '' }, '2026-11-27', contact)).toEqual({
      lastContacted: '2026-11-27',
    });
  });

  it('never moves last contacted backwards', () => {
    const contact = { lastContacted: '2026-11-27', nextFollowUp: '' };
    expect(contactPatchForConversation({ followUpOn: '' }, '2026-11-20', contact)).toEqual({});
  });
});
