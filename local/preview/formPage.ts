// The preview's Google Forms: each form made with FormApp is served at the path of its public
// link (/forms/d/e/<publishedId>/viewform, query entry.<id>=… pre-fills it as Google does) as a
// plain page that looks like a Google Form, so a person can answer it and watch the lead appear
// in the grid. POST /api/form/submit {"formId", "answers"} submits as a respondent (answers by
// question title, item ID or entry.<id>); the sheet's onFormSubmit triggers run.
import {
  escapeHtml as esc,
  publishedUrl,
  type FormItemState,
  type FormState,
} from '../runtime/index';
import type { PreviewSession } from './session';

export const FORM_PATH = /^\/forms\/d\/e\/([A-Za-z0-9_-]+)\/(viewform|formResponse)$/;

/** The forms of the workbook, with the local path of each public link. */
export function listForms(session: PreviewSession) {
  return session.rt.state.forms.map((f) => ({
    formId: f.id,
    title: f.title,
    publishedUrl: publishedUrl(f),
    localPath: `/forms/d/e/${f.publishedId}/viewform`,
    responses: f.responses.length,
  }));
}

export function formByPublishedId(session: PreviewSession, id: string): FormState | null {
  return session.rt.state.forms.find((f) => f.publishedId === id) ?? null;
}

/** POST /api/form/submit: one response, as a respondent; what its triggers did. */
export function submitForm(session: PreviewSession, body: Record<string, unknown>) {
  const formId = body.formId;
  const answers = body.answers;
  if (typeof formId !== 'string' || formId === '')
    throw new FormRequestError('"formId" must be a non-empty string.');
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    throw new FormRequestError('"answers" must be an object of answers by question.');
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(answers)) {
    if (typeof v !== 'string') throw new FormRequestError(`The answer to "${k}" must be text.`);
    text[k] = v;
  }
  try {
    return session.change((rt) => rt.user.submitForm(formId, text));
  } catch (e) {
    throw new FormRequestError(e instanceof Error ? e.message : String(e));
  }
}

export class FormRequestError extends Error {}

function question(it: FormItemState, prefill: string): string {
  const name = `entry.${it.id}`;
  const star = it.required ? ' <span class="req">*</span>' : '';
  const title = `<div class="q-title">${esc(it.title)}${star}</div>`;
  let control: string;
  if (it.type === 'MULTIPLE_CHOICE') {
    control = it.choices
      .map(
        (c) =>
          `<label class="choice"><input type="radio" name="${name}" value="${esc(c)}"${c === prefill ? ' checked' : ''}> ${esc(c)}</label>`,
      )
      .join('');
  } else if (it.type === 'DATE') {
    control = `<input type="date" name="${name}" value="${esc(prefill)}">`;
  } else if (it.type === 'PARAGRAPH_TEXT') {
    control = `<textarea name="${name}" placeholder="Your answer">${esc(prefill)}</textarea>`;
  } else {
    control = `<input type="text" name="${name}" value="${esc(prefill)}" placeholder="Your answer">`;
  }
  return `<div class="card q" data-item="${it.id}">${title}${control}</div>`;
}

/** The form as a page; `query` pre-fills it (entry.<id>=answer). */
export function formPageHtml(form: FormState, query: URLSearchParams): string {
  const items = form.items.map((it) => question(it, query.get(`entry.${it.id}`) ?? '')).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(form.title)}</title>
<style>
body{margin:0;background:#f0ebf8;font-family:Roboto,Arial,sans-serif;color:#202124}
main{max-width:640px;margin:12px auto;padding:0 8px}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:24px;margin-bottom:12px}
.head{border-top:10px solid #673ab7}
h1{font-size:32px;font-weight:400;margin:0 0 12px}
.desc{font-size:14px;line-height:20px}
.req{color:#d93025}
.q-title{font-size:16px;margin-bottom:16px}
input[type=text],input[type=date],textarea{font:inherit;border:0;border-bottom:1px solid #dadce0;width:60%;padding:4px 0;outline:none}
input:focus,textarea:focus{border-bottom:2px solid #673ab7}
.choice{display:block;margin:10px 0;font-size:14px}
button{background:#673ab7;color:#fff;border:0;border-radius:4px;padding:9px 24px;font:500 14px Roboto,Arial,sans-serif;cursor:pointer}
.error{color:#d93025;font-size:14px;margin-top:8px}
.foot{color:#70757a;font-size:12px;text-align:center;margin:16px}
</style></head>
<body><main>
<div class="card head"><h1>${esc(form.title)}</h1><div class="desc">${esc(form.description)}</div>
<div class="desc req">* Indicates required question</div></div>
<form id="form" data-form="${esc(form.id)}" novalidate>${items}
<button type="submit">Submit</button><div class="error" role="alert" id="error"></div></form>
<div class="foot">Local preview of a Google Form: answers go to the preview's sheet.</div>
</main>
<script>
document.getElementById('form').addEventListener('submit', function (ev) {
  ev.preventDefault();
  var f = ev.target, answers = {};
  new FormData(f).forEach(function (v, k) { if (String(v).trim() !== '') answers[k] = String(v); });
  fetch('/api/form/submit', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ formId: f.dataset.form, answers: answers }) })
    .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); })
    .then(function (r) {
      if (!r.ok) { document.getElementById('error').textContent = r.j.error; return; }
      f.outerHTML = '<div class="card done"><p>Your response has been recorded.</p>' +
        '<p><a href="' + location.pathname + '">Submit another response</a></p></div>';
    });
});
</script></body></html>`;
}
