// The lead form: making it (menu), its question settings (sidebar Settings), and sending it to a
// contact with a pre-filled link (sidebar Contact). The form is made in the sheet language and
// linked to this spreadsheet; its responses become contacts (formResponses.ts).
import { conversationActivity } from '../domain/contact/activities';
import type { Contact } from '../domain/contact/contact';
import { ValidationError } from '../domain/errors';
import {
  leadFormQuestions,
  parseLeadFormSettings,
  QUESTION_KEYS,
  type LeadFormView,
  type Question,
  type QuestionKey,
} from '../domain/leadForm/questions';
import { leadFormText } from '../domain/messages/leadForm';
import { escapeHtml, safeHref } from '../domain/reminders/html';
import { readRequestKey, readRowHint, requireRecord } from '../domain/contact/validation';
import { keyedActivityId } from '../domain/contact/requestKey';
import type { Form } from '../gas/forms';
import type { Ui } from '../gas/spreadsheet';
import { appendActivities, findActivity } from '../sheets/activityLog';
import { findContact } from '../sheets/contactStore';
import {
  readLeadForm,
  readLeadFormSettings,
  writeLeadForm,
  writeLeadFormSettings,
  type LeadFormRecord,
} from '../sheets/leadFormStore';
import { readSheetLang } from '../sheets/sheetLanguage';
import { openTable } from '../sheets/sheetTable';
import { ACTIVITIES } from '../sheets/tables';
import { activeSpreadsheet, context, services } from './context';
import { FORM_SUBMIT_HANDLER, processAllResponses } from './formResponses';
import { withDocumentLock } from './locks';
import { retryAfterSetUp } from './setUp';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function sheetLangOf(ss: Spreadsheet) {
  try {
    return readSheetLang(ss);
  } catch {
    return 'en' as const; // not set up yet: the form speaks English until it is
  }
}

export function getLeadFormSettings(): LeadFormView {
  const ss = activeSpreadsheet();
  const props = services().properties.user();
  const lang = sheetLangOf(ss);
  const words = leadFormText(lang).questions;
  const defaults = Object.fromEntries(QUESTION_KEYS.map((k) => [k, words[k]])) as Record<
    QuestionKey,
    string
  >;
  const record = readLeadForm(props, ss.getId());
  return {
    settings: readLeadFormSettings(props, ss.getId()),
    defaults,
    form: record ? { publishedUrl: record.publishedUrl, editUrl: record.editUrl } : null,
  };
}

export function saveLeadFormSettings(payload: unknown): LeadFormView {
  const settings = parseLeadFormSettings(requireRecord(payload));
  writeLeadFormSettings(services().properties.user(), activeSpreadsheet().getId(), settings);
  return getLeadFormSettings();
}

function addItem(form: Form, q: Question): number {
  let item;
  if (q.kind === 'date') item = form.addDateItem().setTitle(q.title);
  else if (q.kind === 'text') item = form.addTextItem().setTitle(q.title);
  else item = form.addMultipleChoiceItem().setTitle(q.title).setChoiceValues(q.choices);
  item.setRequired(q.required);
  return item.getId();
}

/** Makes the form, links it, installs the trigger (once per user and sheet), records it. */
function makeForm(ss: Spreadsheet): LeadFormRecord {
  const { forms, properties } = services();
  const props = properties.user();
  const lang = sheetLangOf(ss);
  const m = leadFormText(lang);
  const settings = readLeadFormSettings(props, ss.getId());
  const questions = leadFormQuestions(settings, lang);
  const form = forms.create(m.formTitle(settings.business));
  form.setDescription(m.formDescription);
  const itemIds: LeadFormRecord['itemIds'] = {};
  const titles: LeadFormRecord['titles'] = {};
  for (const q of questions) {
    itemIds[q.key] = addItem(form, q);
    titles[q.key] = q.title;
  }
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(forms.spreadsheetDestination(), ss.getId());
  services().spreadsheet.flush();
  const tab = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? null;
  const record: LeadFormRecord = {
    formId: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    sheetId: tab ? tab.getSheetId() : null,
    sheetName: tab ? tab.getName() : '',
    lang,
    titles,
    itemIds,
  };
  const mine = services().triggers.forUser(ss);
  if (!mine.some((t) => t.getHandlerFunction() === FORM_SUBMIT_HANDLER))
    forms.onSubmit(FORM_SUBMIT_HANDLER, ss);
  writeLeadForm(props, ss.getId(), record);
  return record;
}

/** Menu: "Create lead form". An existing form is offered for reuse first. */
export function createLeadForm(ui: Ui): void {
  const m = leadFormText();
  const ss = activeSpreadsheet();
  const existing = readLeadForm(services().properties.user(), ss.getId());
  if (existing && services().forms.open(existing.formId)) {
    const keep = ui.alert(m.title, m.reuse(existing.publishedUrl), ui.ButtonSet.YES_NO);
    if (keep !== ui.Button.NO) {
      if (keep === ui.Button.YES)
        ui.alert(m.title, m.kept(existing.publishedUrl, existing.editUrl), ui.ButtonSet.OK);
      return;
    }
  }
  const record = withDocumentLock(() => makeForm(ss));
  ui.alert(m.title, m.created(record.publishedUrl, record.editUrl), ui.ButtonSet.OK);
}

/** Menu: "Process form responses": every response not yet in Contacts. */
export function processResponsesNow(ui: Ui): void {
  const m = leadFormText();
  const added = processAllResponses(activeSpreadsheet());
  if (added === null) throw new ValidationError({ field: '', message: m.noForm });
  ui.alert(m.title, m.processed(added), ui.ButtonSet.OK);
}

/** The form's link with the contact's name, business, email and phone filled in. */
function prefilledUrl(form: Form, record: LeadFormRecord, c: Contact): string {
  const response = form.createResponse();
  for (const k of ['name', 'company', 'email', 'phone'] as const) {
    const id = record.itemIds[k];
    if (id === undefined || c[k] === '') continue;
    const item = form.getItemById(id);
    if (item) response.withItemResponse(item.asTextItem().createResponse(c[k]));
  }
  return response.toPrefilledUrl();
}

/**
 * Sidebar: emails the form to a contact, pre-filled so the answer matches them, and logs it.
 * With a request key the entry is written before the mail goes and a retry finds it: never two
 * emails for one click.
 */
export function sendLeadForm(payload: unknown): { to: string; message: string } {
  const request = requireRecord(payload);
  const key = readRequestKey(request);
  const m = leadFormText();
  const ctx = context();
  const contactId = typeof request.contactId === 'string' ? request.contactId : '';
  const hint = readRowHint(request.row);
  const record = readLeadForm(services().properties.user(), ctx.ss.getId());
  const form = record ? services().forms.open(record.formId) : null;
  if (!record || !form) throw new ValidationError({ field: '', message: m.noForm });
  return withDocumentLock(() =>
    retryAfterSetUp(ctx, () => {
      const c = findContact(ctx.ss, ctx.clock, contactId, hint);
      if (!c) throw new ValidationError({ field: 'contactId', message: m.noEmail });
      if (c.email === '') throw new ValidationError({ field: 'email', message: m.noEmail });
      const log = openTable(ctx.ss, ACTIVITIES);
      const entryId = key ? keyedActivityId(key, 1) : '';
      if (entryId && findActivity(log, ctx.clock, entryId))
        return { to: c.email, message: m.sent.done(c.email) };
      if (services().mail.remainingDailyQuota() < 1)
        throw new ValidationError({ field: '', message: m.quotaUsedUp });
      const url = prefilledUrl(form, record, c);
      const settings = readLeadFormSettings(services().properties.user(), ctx.ss.getId());
      const sent = { contactId: c.id, type: 'Message' as const, summary: m.sent.logged(c.email) };
      const none = { questions: '', concerns: '', nextStep: '', followUpOn: '' as const };
      const entry = conversationActivity(
        { ...sent, ...none },
        c,
        ctx.me,
        ctx.clock.nowIso,
        entryId,
      );
      // Written before the mail goes: a retry that finds it sends nothing again.
      appendActivities(ctx.ss, [entry], ctx.random, log);
      services().mail.send({
        to: c.email,
        subject: m.sent.subject(settings.business),
        body: m.sent.body(c.name, url, settings.business),
        htmlBody: m.sent.html(escapeHtml(c.name), safeHref(url), escapeHtml(settings.business)),
        name: settings.business,
      });
      return { to: c.email, message: m.sent.done(c.email) };
    }),
  );
}
