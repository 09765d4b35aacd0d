// FormApp: the part of Google Forms a sheet add-on uses to make a form and read what comes back.
// FormApp.create / openById / openByUrl, the item types TEXT, PARAGRAPH_TEXT, MULTIPLE_CHOICE and
// DATE, setDestination(SPREADSHEET, id) (responses then land in a "Form Responses N" tab of that
// spreadsheet, see forms/responses.ts), the public and edit links, and FormResponse for pre-filled
// links (createResponse().withItemResponse(...).toPrefilledUrl()) and scripted submissions.
//
// Links have Google's shapes (reference/forms/form): getPublishedUrl
// https://docs.google.com/forms/d/e/<publishedId>/viewform, getEditUrl
// https://docs.google.com/forms/d/<id>/edit, a pre-filled link the published one with
// ?usp=pp_url&entry.<itemId>=<answer> (spaces as '+', a date as YYYY-MM-DD).
// Messages: "No item with the given ID could be found. Possibly because you have not edited
// this item or you do not have permission to access it." for an unknown form is the wording
// public reports quote for openById of Drive files (unconfirmed for FormApp); the invalid
// choice and destination messages are the runtime's own (no public log found).
import type { Runtime } from '../runtime';
import type { FormItemState, FormState } from '../state';
import { asEnum, enumName, enumOf, EnumValue } from './enums';
import { exposeSelf } from './exposed';
import { isDateValue, signatureError } from './values';
import { wallTime } from '../timeZone';
import { submitResponse, linkDestination } from '../forms/responses';

export const DestinationType = enumOf('DestinationType', ['SPREADSHEET'] as const);
export const ItemType = enumOf('ItemType', [
  'CHECKBOX',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
] as const);

export const FORM_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const FORMS_BASE = 'https://docs.google.com/forms/d/';

export function publishedUrl(form: FormState): string {
  return `${FORMS_BASE}e/${form.publishedId}/viewform`;
}

export function editUrl(form: FormState): string {
  return `${FORMS_BASE}${form.id}/edit`;
}

/** The form whose public, edit or pre-filled link this is, or null. */
export function formOfUrl(rt: Runtime, url: string): FormState | null {
  const m = /\/forms\/d\/(e\/)?([A-Za-z0-9_-]+)/.exec(url);
  if (!m) return null;
  return rt.state.forms.find((f) => (m[1] ? f.publishedId === m[2] : f.id === m[2])) ?? null;
}

export function findForm(rt: Runtime, id: string): FormState | null {
  return rt.state.forms.find((f) => f.id === id) ?? null;
}

/** A made-up but Google-shaped ID: 44 characters, letters, digits, '-' and '_'. */
function formId(rt: Runtime, prefix: string): string {
  rt.newId('form');
  const n = rt.state.counter.toString(36).padStart(8, '0');
  return (prefix + 'LocalForm' + n).padEnd(44, 'x');
}

/** One answer to one item: what ItemResponse.getResponse() gives. */
class FakeItemResponse {
  constructor(
    readonly _rt: Runtime,
    readonly _form: FormState,
    readonly _item: FormItemState,
    readonly _answer: string,
  ) {}
  getItem(): GoogleAppsScript.Forms.Item {
    return itemFake(this._rt, this._form, this._item);
  }
  getResponse(): string {
    return this._answer;
  }
}

class FakeItem {
  _self: unknown;
  constructor(
    readonly _rt: Runtime,
    readonly _form: FormState,
    readonly _item: FormItemState,
  ) {}
  getId(): number {
    return this._item.id;
  }
  getIndex(): number {
    return this._form.items.indexOf(this._item);
  }
  getTitle(): string {
    return this._item.title;
  }
  setTitle(title: string): unknown {
    if (typeof title !== 'string') this._rt.fail(signatureError('Item.setTitle', [title]));
    this._item.title = title;
    return this._self;
  }
  getHelpText(): string {
    return this._item.helpText;
  }
  setHelpText(text: string): unknown {
    if (typeof text !== 'string') this._rt.fail(signatureError('Item.setHelpText', [text]));
    this._item.helpText = text;
    return this._self;
  }
  isRequired(): boolean {
    return this._item.required;
  }
  setRequired(required: boolean): unknown {
    if (typeof required !== 'boolean')
      this._rt.fail(signatureError('Item.setRequired', [required]));
    this._item.required = required;
    return this._self;
  }
  getType(): GoogleAppsScript.Forms.ItemType {
    return asEnum(ItemType[this._item.type]);
  }
  /** MultipleChoiceItem.setChoiceValues: the choices, in order. */
  setChoiceValues(values: string[]): unknown {
    if (this._item.type !== 'MULTIPLE_CHOICE' || !Array.isArray(values))
      this._rt.fail(signatureError('MultipleChoiceItem.setChoiceValues', [values]));
    this._item.choices = values.map(String);
    return this._self;
  }
  getChoices(): { getValue(): string }[] {
    return this._item.choices.map((value) => ({ getValue: () => value }));
  }
  asTextItem(): unknown {
    return this._as('TEXT');
  }
  asParagraphTextItem(): unknown {
    return this._as('PARAGRAPH_TEXT');
  }
  asMultipleChoiceItem(): unknown {
    return this._as('MULTIPLE_CHOICE');
  }
  asDateItem(): unknown {
    return this._as('DATE');
  }
  private _as(type: FormItemState['type']): unknown {
    // Apps Script's wording for a wrong cast (unconfirmed).
    if (this._item.type !== type)
      this._rt.fail(`Item can't be cast to ${type.toLowerCase()} item.`);
    return this._self;
  }
  /** The ItemResponse for `answer`: text for text and choice items, a Date for a date item. */
  createResponse(answer: unknown): GoogleAppsScript.Forms.ItemResponse {
    const it = this._item;
    let text: string;
    if (it.type === 'DATE') {
      if (!isDateValue(answer)) this._rt.fail(signatureError('DateItem.createResponse', [answer]));
      // The day in the script's time zone, as the form shows it.
      const d = wallTime((answer as Date).getTime(), this._rt.state.scriptTimeZone);
      text = [d.year, d.month, d.day]
        .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
        .join('-');
    } else {
      if (typeof answer !== 'string')
        this._rt.fail(signatureError(`${itemClass(it)}.createResponse`, [answer]));
      text = answer;
      if (it.type === 'MULTIPLE_CHOICE' && !it.choices.includes(text))
        this._rt.fail(`Invalid response submitted to item: ${it.title}`);
    }
    return this._rt.expose(
      new FakeItemResponse(this._rt, this._form, it, text),
      'ItemResponse',
    ) as unknown as GoogleAppsScript.Forms.ItemResponse;
  }
}

function itemClass(it: FormItemState): string {
  return {
    TEXT: 'TextItem',
    PARAGRAPH_TEXT: 'ParagraphTextItem',
    MULTIPLE_CHOICE: 'MultipleChoiceItem',
    DATE: 'DateItem',
  }[it.type];
}

function itemFake(rt: Runtime, form: FormState, item: FormItemState): GoogleAppsScript.Forms.Item {
  return exposeSelf(
    rt,
    new FakeItem(rt, form, item),
    itemClass(item),
  ) as unknown as GoogleAppsScript.Forms.Item;
}

/** A response being built (createResponse) or one submitted (getResponses). */
class FakeFormResponse {
  _self: unknown;
  readonly _answers = new Map<number, string>();
  constructor(
    readonly _rt: Runtime,
    readonly _form: FormState,
    readonly _submitted: { id: string; timestamp: number } | null = null,
  ) {}
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse): unknown {
    const r = response as unknown as FakeItemResponse;
    if (!(r?._item && r._form === this._form))
      this._rt.fail(signatureError('FormResponse.withItemResponse', [response]));
    this._answers.set(r._item.id, r._answer);
    return this._self;
  }
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    return this._form.items
      .filter((it) => this._answers.has(it.id))
      .map(
        (it) =>
          this._rt.expose(
            new FakeItemResponse(this._rt, this._form, it, this._answers.get(it.id)!),
            'ItemResponse',
          ) as unknown as GoogleAppsScript.Forms.ItemResponse,
      );
  }
  getId(): string {
    return (this._submitted?.id ?? null) as string;
  }
  getTimestamp(): Date {
    return (this._submitted ? new Date(this._submitted.timestamp) : null) as Date;
  }
  toPrefilledUrl(): string {
    const params = this._form.items
      .filter((it) => this._answers.has(it.id))
      .map(
        (it) =>
          `entry.${it.id}=${encodeURIComponent(this._answers.get(it.id)!).replace(/%20/g, '+')}`,
      );
    return `${publishedUrl(this._form)}?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }
  /** Submits as a respondent would; the response's row lands in the destination tab. */
  submit(): unknown {
    const answers: Record<string, string> = {};
    for (const [id, a] of this._answers) answers[String(id)] = a;
    const done = submitResponse(this._rt, this._form, answers);
    const fake = new FakeFormResponse(this._rt, this._form, done.response);
    for (const [id, a] of this._answers) fake._answers.set(id, a);
    return exposeSelf(this._rt, fake, 'FormResponse');
  }
}

class FakeForm {
  _self: unknown;
  constructor(
    readonly _rt: Runtime,
    readonly _form: FormState,
  ) {}
  getId(): string {
    return this._form.id;
  }
  getTitle(): string {
    return this._form.title;
  }
  setTitle(title: string): unknown {
    if (typeof title !== 'string') this._rt.fail(signatureError('Form.setTitle', [title]));
    this._form.title = title;
    return this._self;
  }
  getDescription(): string {
    return this._form.description;
  }
  setDescription(description: string): unknown {
    if (typeof description !== 'string')
      this._rt.fail(signatureError('Form.setDescription', [description]));
    this._form.description = description;
    return this._self;
  }
  getPublishedUrl(): string {
    return publishedUrl(this._form);
  }
  getEditUrl(): string {
    return editUrl(this._form);
  }
  isAcceptingResponses(): boolean {
    return this._form.acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): unknown {
    this._form.acceptingResponses = Boolean(enabled);
    return this._self;
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this._add('TEXT') as GoogleAppsScript.Forms.TextItem;
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this._add('PARAGRAPH_TEXT') as GoogleAppsScript.Forms.ParagraphTextItem;
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this._add('MULTIPLE_CHOICE') as GoogleAppsScript.Forms.MultipleChoiceItem;
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this._add('DATE') as GoogleAppsScript.Forms.DateItem;
  }
  private _add(type: FormItemState['type']): unknown {
    this._rt.newId('item');
    // Real item IDs are large integers.
    const item: FormItemState = {
      id: 1_000_000_000 + this._rt.state.counter * 7919,
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
    };
    this._form.items.push(item);
    return itemFake(this._rt, this._form, item);
  }
  getItems(): GoogleAppsScript.Forms.Item[] {
    return this._form.items.map((it) => itemFake(this._rt, this._form, it));
  }
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const it = this._form.items.find((i) => i.id === id);
    return (it ? itemFake(this._rt, this._form, it) : null) as GoogleAppsScript.Forms.Item;
  }
  /** Responses go to a new "Form Responses N" tab of the spreadsheet `id`. */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): unknown {
    if (
      !((type as unknown) instanceof EnumValue) ||
      enumName(type) !== 'SPREADSHEET' ||
      typeof id !== 'string'
    )
      this._rt.fail(signatureError('Form.setDestination', [type, id]));
    const ss = this._rt.spreadsheets.get(id);
    if (!ss) this._rt.fail(FORM_NOT_FOUND);
    linkDestination(this._form, ss);
    return this._self;
  }
  getDestinationId(): string {
    return this._form.destinationId ?? (null as unknown as string);
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return (this._form.destinationId ? asEnum(DestinationType.SPREADSHEET) : null) as never;
  }
  removeDestination(): unknown {
    this._form.destinationId = null;
    this._form.destinationSheetId = null;
    return this._self;
  }
  createResponse(): GoogleAppsScript.Forms.FormResponse {
    return exposeSelf(
      this._rt,
      new FakeFormResponse(this._rt, this._form),
      'FormResponse',
    ) as unknown as GoogleAppsScript.Forms.FormResponse;
  }
  getResponses(): GoogleAppsScript.Forms.FormResponse[] {
    return this._form.responses.map((r) => {
      const fake = new FakeFormResponse(this._rt, this._form, r);
      for (const [id, a] of Object.entries(r.answers)) fake._answers.set(Number(id), a);
      return exposeSelf(
        this._rt,
        fake,
        'FormResponse',
      ) as unknown as GoogleAppsScript.Forms.FormResponse;
    });
  }
}

export function formFake(rt: Runtime, form: FormState): GoogleAppsScript.Forms.Form {
  return exposeSelf(rt, new FakeForm(rt, form), 'Form') as unknown as GoogleAppsScript.Forms.Form;
}

class FakeFormApp {
  readonly DestinationType = DestinationType;
  readonly ItemType = ItemType;
  constructor(readonly _rt: Runtime) {}

  create(title: string): GoogleAppsScript.Forms.Form {
    if (typeof title !== 'string') this._rt.fail(signatureError('FormApp.create', [title]));
    const form: FormState = {
      id: formId(this._rt, '1'),
      publishedId: formId(this._rt, '1FAIpQLS'),
      title,
      description: '',
      owner: this._rt.exec().user,
      items: [],
      destinationId: null,
      destinationSheetId: null,
      acceptingResponses: true,
      responses: [],
    };
    this._rt.state.forms.push(form);
    return formFake(this._rt, form);
  }

  openById(id: string): GoogleAppsScript.Forms.Form {
    if (typeof id !== 'string') this._rt.fail(signatureError('FormApp.openById', [id]));
    const form = findForm(this._rt, id);
    if (!form) this._rt.fail(FORM_NOT_FOUND);
    return formFake(this._rt, form);
  }

  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    if (typeof url !== 'string') this._rt.fail(signatureError('FormApp.openByUrl', [url]));
    const form = formOfUrl(this._rt, url);
    if (!form) this._rt.fail(FORM_NOT_FOUND);
    return formFake(this._rt, form);
  }

  /** A spreadsheet's script is bound to no form. */
  getActiveForm(): GoogleAppsScript.Forms.Form {
    return null as unknown as GoogleAppsScript.Forms.Form;
  }
}

export function createFormApp(rt: Runtime): GoogleAppsScript.Forms.FormApp {
  return rt.expose(new FakeFormApp(rt), 'FormApp') as unknown as GoogleAppsScript.Forms.FormApp;
}
