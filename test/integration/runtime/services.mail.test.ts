// Pins MailApp to real Apps Script: its overloads, the recipient quota (100 a day for a consumer
// account, counting every to/cc/bcc address, resetting 24 hours after the first send) and the
// documented messages.
import path from 'node:path';
import { exhaustMailQuota, Runtime, type RuntimeOptions } from '../../../local/runtime/index';

const FIXTURE = path.join(__dirname, '../../fixtures/gas/services-mail');
const HOUR = 3_600_000;

function runtime(options: RuntimeOptions = {}): Runtime {
  return new Runtime({
    now: '2026-11-27T02:00:00Z',
    user: 'rep@example.com',
    ...options,
  }).loadProject(FIXTURE);
}

describe('MailApp.sendEmail', () => {
  it('sends with each overload and records the message in the outbox', () => {
    const rt = runtime();
    expect(rt.run('sendSimple', ['ani@example.com', 'Hi', 'Plain'])).toBe(99);
    rt.run('sendWithReplyTo', ['budi@example.com', 'boss@example.com', 'Re', 'Body']);
    expect(
      rt.run('sendWithOptions', [
        'citra@example.com',
        'Card',
        'Text',
        { htmlBody: '<b>Hi</b>', name: 'Prospek', cc: 'a@example.com, b@example.com' },
      ]),
    ).toBe(95);
    expect(
      rt.run('sendMessage', [
        {
          to: 'dewi@example.com',
          bcc: 'log@example.com',
          subject: 'Obj',
          body: 'B',
          replyTo: 'me@example.com',
        },
      ]),
    ).toBe(93);
    expect(rt.state.outbox).toMatchObject([
      { from: 'rep@example.com', to: 'ani@example.com', subject: 'Hi', body: 'Plain' },
      { to: 'budi@example.com', replyTo: 'boss@example.com', subject: 'Re', body: 'Body' },
      {
        to: 'citra@example.com',
        cc: 'a@example.com,b@example.com',
        htmlBody: '<b>Hi</b>',
        name: 'Prospek',
      },
      { to: 'dewi@example.com', bcc: 'log@example.com', subject: 'Obj', replyTo: 'me@example.com' },
    ]);
    expect(rt.state.outbox[0].sentAt).toBe(rt.now());
  });

  it('refuses a malformed address with "Invalid email: ..." and sends nothing', () => {
    const rt = runtime();
    expect(() => rt.run('sendSimple', ['not-an-address', 'Hi', 'x'])).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() =>
      rt.run('sendMessage', [{ to: 'ok@example.com', cc: 'bad@', subject: 's', body: 'b' }]),
    ).toThrow('Invalid email: bad@');
    expect(() => rt.run('sendMessage', [{ subject: 's', body: 'b' }])).toThrow(
      'Failed to send email: no recipient',
    );
    expect(rt.state.outbox).toHaveLength(0);
    expect(rt.run('remaining')).toBe(100);
  });

  it('refuses arguments of the wrong types with the signature message', () => {
    const rt = runtime();
    expect(() => rt.run('sendSimple', ['a@example.com', 5, 'x'])).toThrow(
      "The parameters (String,number,String) don't match the method signature for MailApp.sendEmail.",
    );
  });
});

describe('the daily recipient quota', () => {
  it('runs out at 100 recipients for a consumer account, with the documented message', () => {
    const rt = runtime();
    expect(rt.run('remaining')).toBe(100);
    expect(rt.run('sendToEach', [150])).toEqual({
      sent: 100,
      remaining: 0,
      error: 'Service invoked too many times for one day: email.',
    });
    expect(rt.state.outbox).toHaveLength(100);
  });

  it('counts every to, cc and bcc address, and refuses a message that would overrun the quota', () => {
    const rt = runtime();
    rt.run('sendToEach', [98]);
    expect(() =>
      rt.run('sendMessage', [
        { to: 'a@example.com', cc: 'b@example.com', bcc: 'c@example.com', subject: 's', body: 'b' },
      ]),
    ).toThrow('Service invoked too many times for one day: email.');
    expect(
      rt.run('sendMessage', [
        { to: 'a@example.com', cc: 'b@example.com', subject: 's', body: 'b' },
      ]),
    ).toBe(0);
  });

  it('resets 24 hours after the first send of the window, not at midnight', () => {
    const rt = runtime();
    rt.run('sendToEach', [60]); // 02:00 UTC
    rt.advanceBy(10 * HOUR);
    expect(rt.run('sendToEach', [60])).toMatchObject({ sent: 40, remaining: 0 });
    rt.advanceBy(13 * HOUR); // 23 hours after the first send: still the same window
    expect(rt.run('remaining')).toBe(0);
    rt.advanceBy(HOUR);
    expect(rt.run('remaining')).toBe(100);
    expect(rt.run('sendToEach', [1])).toMatchObject({ sent: 1, remaining: 99 });
  });

  it('is per user, 1,500 for a Workspace account, and can be exhausted on purpose', () => {
    const rt = runtime();
    rt.state.mailDailyQuota = 1500;
    expect(rt.run('remaining')).toBe(1500);
    exhaustMailQuota(rt, 'rep@example.com');
    expect(rt.run('remaining')).toBe(0);
    expect(rt.run('remaining', [], { user: 'other@example.com' })).toBe(1500);
    expect(() => rt.run('sendSimple', ['a@example.com', 's', 'b'])).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  it('refuses more than 50 recipients in one message', () => {
    const rt = runtime();
    const to = Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join(',');
    expect(() => rt.run('sendMessage', [{ to, subject: 's', body: 'b' }])).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });
});

describe('permissions', () => {
  it('is refused in a simple trigger (LIMITED) and in AuthMode.NONE', () => {
    const rt = runtime();
    const denied =
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail';
    expect(() =>
      rt.run('sendSimple', ['a@example.com', 's', 'b'], {
        authMode: 'LIMITED',
        kind: 'simpleTrigger',
      }),
    ).toThrow(denied);
    expect(() => rt.run('sendSimple', ['a@example.com', 's', 'b'], { authMode: 'NONE' })).toThrow(
      denied,
    );
    expect(rt.state.outbox).toHaveLength(0);
  });

  it('is refused when the manifest does not declare the send_mail scope', () => {
    const rt = runtime();
    rt.state.oauthScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    expect(() => rt.run('remaining')).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota.',
    );
  });
});
