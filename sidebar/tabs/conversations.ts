// The Conversations tab: log a conversation with the contact on screen, and read its timeline
// (newest first) with their questions, concerns, next steps and stage changes.
import { dayInput, dayValue, describeTyped, liveDayHint } from '../dayInput';
import { fieldLabel, valueLabel } from '../../src/domain/contact/sheetWords';
import { CONVERSATION_TYPES, activityField, type Activity } from '../../src/domain/contact/contact';
import { keyFor, settled } from '../requestKeys';
import type { ConversationForm } from '../../src/sidebarApi';
import { fill, h, slug, whileBusy } from '../dom';
import { earlierButton } from '../earlier';
import { clearIssues, field, input, markIssues, select, textarea, type Field } from '../form';
import { showDay, showInstant, zoneNote } from '../format';
import { ServerProblem, call } from '../server';
import { onFocusPart, publish, rowHint, state, subscribe } from '../store';
import { text } from '../text';

const t = text.conversations;
type Key = Exclude<keyof ConversationForm, 'contactId' | 'requestKey'>;
const label = (k: Key) => fieldLabel(activityField(k).header);

export function mountConversations(root: HTMLElement): void {
  const title = h('h2', {});
  const intro = h('p', { class: 'gray' });
  const status = h('p', { class: 'status gray', role: 'status', 'aria-live': 'polite' });
  const banner = h('div', { class: 'banner error', role: 'alert', hidden: true });

  const { controls, fields } = logFields();
  const log = h('button', { type: 'submit', class: 'action' }, t.log);
  const form = h(
    'form',
    { novalidate: true, 'aria-label': t.logHeading },
    h('fieldset', {}, h('legend', {}, t.logHeading), ...fields.map((f) => f.group)),
    // Logged and error messages by the button just pressed, where the user is looking.
    h('div', { class: 'form-actions' }, banner, status, log),
  );
  const list = h('ol', { class: 'timeline', 'aria-label': t.timeline });
  const zone = h('p', { class: 'secondary zone-note' });
  const earlier = earlierButton();
  const timeline = h('section', {}, h('h3', {}, t.timeline), zone, list, earlier.element);

  fill(root, title, intro, form, timeline);

  function show(): void {
    const c = state.contact;
    form.hidden = !c;
    timeline.hidden = !c;
    title.textContent = c ? t.title(c.name || c.id) : t.logHeading;
    intro.textContent = c ? '' : t.noContact;
    intro.hidden = !!c;
    showTimeline(state.timeline);
    earlier.show();
  }

  function showTimeline(items: Activity[]): void {
    zone.textContent = items.length ? zoneNote(state.timeZone, text.zoneNote) : '';
    if (items.length === 0) {
      fill(list, h('li', { class: 'secondary' }, t.empty));
      return;
    }
    fill(list, ...items.map((a) => entry(a, state.timeZone)));
  }

  async function submit(): Promise<void> {
    const c = state.contact;
    if (!c) return;
    banner.hidden = true;
    status.textContent = '';
    status.classList.remove('saved');
    clearIssues(fields);
    try {
      const form = request(c.id, controls);
      const r = await call('logConversation', {
        ...form,
        requestKey: keyFor('logConversation', form),
        ...rowHint(c.id),
        // The timeline on screen is this contact's: the reply need only carry the new entry.
        timelineShown: true,
      });
      settled('logConversation');
      clearForm(controls);
      const timeline = r.timelineAdded ? [...r.timeline, ...state.timeline] : r.timeline;
      const earlier = r.timelineAdded ? state.earlier : (r.earlier ?? 0);
      publish({ contact: r.contact, row: r.row, timeline, version: r.version, earlier });
      status.textContent = t.logged;
      status.classList.add('saved');
    } catch (e) {
      fill(banner, h('p', {}, `${t.failed} ${problem(fields, e)}`.trim()));
      banner.hidden = false;
    }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (log.disabled) return;
    void whileBusy(log, t.logging, submit);
  });

  // A follow-up in the pipeline opens the form ready to log the call it was due for.
  onFocusPart('log', () => {
    if (form.hidden) return;
    if (controls.summary.value === '') controls.type.value = 'Call';
    controls.summary.scrollIntoView({ block: 'center' });
    controls.summary.focus({ preventScroll: true });
  });
  subscribe(show);
  show();
}

type Controls = ReturnType<typeof logFields>['controls'];

/** The log form's controls, labelled with the Activities tab's column headers. */
function logFields() {
  const controls = {
    type: select(CONVERSATION_TYPES),
    summary: textarea(3),
    questions: textarea(2),
    concerns: textarea(2),
    nextStep: input('text', { autocomplete: 'off' }),
    followUpOn: dayInput(),
  } satisfies Record<Key, HTMLElement>;
  const fields: Field[] = (Object.keys(controls) as Key[]).map((k) =>
    field(k, label(k), controls[k], k === 'followUpOn' ? { hint: describeTyped('') } : {}),
  );
  liveDayHint(controls.followUpOn);
  return { controls, fields };
}

function request(contactId: string, controls: Controls): ConversationForm {
  return {
    contactId,
    type: controls.type.value as ConversationForm['type'],
    summary: controls.summary.value,
    questions: controls.questions.value,
    concerns: controls.concerns.value,
    nextStep: controls.nextStep.value,
    followUpOn: dayValue(controls.followUpOn),
  };
}

function clearForm(controls: Controls): void {
  controls.type.value = CONVERSATION_TYPES[0];
  for (const k of ['summary', 'questions', 'concerns', 'nextStep', 'followUpOn'] as const)
    controls[k].value = '';
}

/** Marks the fields a failed log names; returns what the banner says of the rest. */
function problem(fields: Field[], e: unknown): string {
  const issues = e instanceof ServerProblem ? e.issues : [];
  const rest = markIssues(fields, issues);
  if (rest.length > 0) return rest.map((i) => i.message).join(' ');
  return issues.length ? '' : (e as Error).message;
}

/** One timeline entry: what happened, when, what they asked and worried about, what's next. */
function entry(a: Activity, timeZone: string): HTMLLIElement {
  const line = (label: string, value: string) =>
    value ? h('p', {}, h('span', { class: 'secondary' }, `${label}: `), value) : null;
  return h(
    'li',
    { class: `entry entry-${slug(a.type)}` },
    h(
      'div',
      { class: 'entry-head' },
      h('strong', {}, valueLabel(a.type)),
      h('span', { class: 'secondary' }, showInstant(a.when, timeZone)),
    ),
    a.summary ? h('p', {}, a.summary) : null,
    line(label('questions'), a.questions),
    line(label('concerns'), a.concerns),
    line(label('nextStep'), a.nextStep),
    a.followUpOn ? h('p', {}, t.followUp(showDay(a.followUpOn))) : null,
    a.toStage
      ? h(
          'p',
          { class: 'stage-change' },
          t.stageChange(valueLabel(a.fromStage), valueLabel(a.toStage)),
        )
      : null,
    a.by ? h('p', { class: 'secondary' }, text.by(a.by)) : null,
  );
}
