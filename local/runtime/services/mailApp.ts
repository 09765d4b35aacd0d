// MailApp: sends into rt.state.outbox, counting recipients against the daily quota.
//
// Quota (guides/services/quotas): email recipients per day 100 (consumer) / 1,500 (Workspace);
// "Individual addresses count in every mail sent" (to, cc and bcc each count); "Quotas are per
// user and reset 24 hours after the first request". So the quota day here is a window that opens
// at a user's first send and lasts 24 hours; the first send after it closes opens the next one.
// Recipients per message: 50; body: 200 KB (consumer) / 400 KB (Workspace).
//
// Messages, word for word:
// - "Service invoked too many times for one day: email." (quota exhausted; quoted in many forum
//   threads, e.g. the adwords-scripts group and Stack Overflow #21444588)
// - "Invalid email: <address>" (seen in real execution logs)
// - "Failed to send email: no recipient", "Limit Exceeded: Email Recipients Per Message.",
//   "Limit Exceeded: Email Body Size.", "Argument too large: subject" (the catalog of Apps Script
//   errors in the ErrorHandler library; the body-size one also in a real trigger failure log).
//   No issue thread in the search corpus quotes the recipients one (unconfirmed).
import type { Runtime } from '../runtime';
import type { SentEmail } from '../state';
import type { Implements } from './implements';
import { signatureError } from './values';

export const QUOTA_EXHAUSTED = 'Service invoked too many times for one day: email.';
export const NO_RECIPIENT = 'Failed to send email: no recipient';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
export const SUBJECT_TOO_LONG = 'Argument too large: subject';

const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** Subject length limit (characters); assumed, as Gmail's subject field allows about this much. */
const MAX_SUBJECT_LENGTH = 250;

interface Message {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

/** Recipients already counted in `user`'s current quota window (0 when no window is open). */
export function mailUsed(rt: Runtime, user: string): number {
  const w = rt.state.mailUsage[user];
  return w && rt.now() < w.windowStart + QUOTA_WINDOW_MS ? w.recipients : 0;
}

function countRecipients(rt: Runtime, user: string, n: number): void {
  const w = rt.state.mailUsage[user];
  if (w && rt.now() < w.windowStart + QUOTA_WINDOW_MS) w.recipients += n;
  else rt.state.mailUsage[user] = { windowStart: rt.now(), recipients: n };
}

/** Fault injection: `user` (default the active user) has no email quota left for 24 hours. */
export function exhaustMailQuota(rt: Runtime, user = rt.state.activeUser): void {
  countRecipients(rt, user, Math.max(0, rt.state.mailDailyQuota - mailUsed(rt, user)));
}

const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** Splits a comma-separated recipient list; accepts `Name <addr>` entries. */
function addresses(rt: Runtime, list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const raw of String(list).split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const angle = /<([^>]*)>\s*$/.exec(entry);
    const addr = (angle ? angle[1] : entry).trim();
    if (!ADDRESS.test(addr)) rt.fail(`Invalid email: ${entry}`);
    out.push(addr);
  }
  return out;
}

class FakeMailApp implements Implements<
  GoogleAppsScript.Mail.MailApp,
  'sendEmail' | 'getRemainingDailyQuota'
> {
  constructor(readonly _rt: Runtime) {}

  sendEmail(...args: unknown[]): void {
    this._send(this._message(args));
  }

  getRemainingDailyQuota(): number {
    const user = this._rt.exec().user;
    return Math.max(0, this._rt.state.mailDailyQuota - mailUsed(this._rt, user));
  }

  /** The four overloads of MailApp.sendEmail, told apart by argument types. */
  private _message(args: unknown[]): Message {
    const str = (v: unknown): v is string => typeof v === 'string';
    const isObj = (v: unknown): v is Message =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    if (args.length === 1 && isObj(args[0])) return args[0];
    if (args.length === 3 && args.every(str)) {
      return { to: args[0] as string, subject: args[1] as string, body: args[2] as string };
    }
    if (args.length === 4 && args.every(str)) {
      const [to, replyTo, subject, body] = args as string[];
      return { to, replyTo, subject, body };
    }
    if (args.length === 4 && str(args[0]) && str(args[1]) && str(args[2]) && isObj(args[3])) {
      return { ...args[3], to: args[0], subject: args[1], body: args[2] };
    }
    return this._rt.fail(signatureError('MailApp.sendEmail', args));
  }

  private _send(m: Message): void {
    const rt = this._rt;
    const user = rt.exec().user;
    const to = addresses(rt, m.to);
    const cc = addresses(rt, m.cc);
    const bcc = addresses(rt, m.bcc);
    if (m.replyTo) addresses(rt, m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) rt.fail(NO_RECIPIENT);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) rt.fail(TOO_MANY_RECIPIENTS);
    const subject = m.subject === undefined || m.subject === null ? '' : String(m.subject);
    if (subject.length > MAX_SUBJECT_LENGTH) rt.fail(SUBJECT_TOO_LONG);
    const body = m.body === undefined || m.body === null ? '' : String(m.body);
    const htmlBody =
      m.htmlBody === undefined || m.htmlBody === null ? undefined : String(m.htmlBody);
    const maxBody = rt.state.mailDailyQuota >= 1500 ? 400 * 1024 : 200 * 1024;
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > maxBody)
      rt.fail(BODY_TOO_LARGE);
    if (mailUsed(rt, user) + count > rt.state.mailDailyQuota) rt.fail(QUOTA_EXHAUSTED);
    countRecipients(rt, user, count);
    const mail: SentEmail = {
      id: rt.newId('mail'),
      from: m.noReply ? `noreply@${user.split('@')[1] ?? 'example.com'}` : user,
      to: to.join(','),
      subject,
      body,
      sentAt: rt.now(),
    };
    if (cc.length) mail.cc = cc.join(',');
    if (bcc.length) mail.bcc = bcc.join(',');
    if (m.replyTo) mail.replyTo = String(m.replyTo);
    if (m.name !== undefined) mail.name = String(m.name);
    if (htmlBody !== undefined) mail.htmlBody = htmlBody;
    rt.state.outbox.push(mail);
  }
}

export function createMailApp(rt: Runtime): GoogleAppsScript.Mail.MailApp {
  return rt.expose(new FakeMailApp(rt), 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp;
}
