// Duplicates: each group found with a choice of the contact to keep and of each conflicting
// value, and Merge.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import type { DuplicateGroupView } from '../../../src/sidebarApi';
import { keyFor, settled } from '../../requestKeys';
import { importTab as importTabText } from './text';
import { fill, h, uid, whileBusy } from '../../dom';
import { choice, field, select } from '../../form';
import { call, errorText } from '../../server';

const t = importTabText.tab;

/**
 * The Find duplicates button and the box the groups it finds go in: a page at a time (the
 * server sends at most ~200 groups per reply), "Show more groups" asking for the next.
 */
export function duplicateFinder(): HTMLElement[] {
  const findButton = h('button', { type: 'button' }, t.find);
  const groupsBox = h('div', { class: 'duplicate-groups' });
  const moreButton = h('button', { type: 'button', hidden: true }, t.moreGroups);
  let next: number | null = null;
  const show = async (from: number) => {
    const r = await call('findDuplicates', { from });
    if (from === 0) {
      fill(groupsBox, h('p', { class: 'secondary' }, r.message));
      for (const g of r.tooBig) groupsBox.appendChild(h('p', { class: 'secondary' }, g.text));
    }
    r.groups.forEach((g) => groupsBox.appendChild(groupView(g)));
    next = r.next;
    moreButton.hidden = next === null;
  };
  const run = (button: HTMLButtonElement, from: () => number) =>
    whileBusy(button, t.finding, async () => {
      try {
        await show(from());
      } catch (e) {
        fill(groupsBox, h('p', { class: 'error' }, errorText(e)));
        moreButton.hidden = true;
      }
    });
  findButton.addEventListener('click', () => void run(findButton, () => 0));
  moreButton.addEventListener('click', () => void run(moreButton, () => next ?? 0));
  return [findButton, groupsBox, moreButton];
}

function groupView(g: DuplicateGroupView): HTMLElement {
  const keepName = uid('keep');
  const box = h('div', { class: 'duplicate-group' });
  g.contacts.forEach((c, i) => {
    const details = [c.company, c.email, c.phone, valueLabel(c.stage)].filter(Boolean).join(' · ');
    box.appendChild(
      choice(
        'radio',
        { name: keepName, value: c.id, checked: i === 0 },
        `${c.name || c.id} `,
        h('span', { class: 'secondary' }, details),
      ).label,
    );
  });
  const choices = g.conflicts.map((conflict) => {
    const s = select([]);
    for (const o of conflict.options) s.appendChild(h('option', { value: o.contactId }, o.value));
    box.appendChild(field(`merge-${conflict.field}`, conflict.label, s).group);
    return { field: conflict.field, control: s };
  });
  const mergeButton = h('button', { type: 'button', class: 'action' }, t.merge);
  const result = h('p', { class: 'secondary', role: 'status' });
  mergeButton.addEventListener('click', () => {
    void whileBusy(mergeButton, t.merging, async () => {
      try {
        const keep = box.querySelector(`input[name="${keepName}"]:checked`) as HTMLInputElement;
        const request = {
          keepId: keep.value,
          ids: g.contacts.map((c) => c.id),
          choices: Object.fromEntries(choices.map((c) => [c.field, c.control.value])),
          versions: g.versions,
        };
        const r = await call('mergeContacts', {
          ...request,
          requestKey: keyFor('mergeContacts', request),
        });
        settled('mergeContacts');
        fill(box, h('p', {}, r.message));
      } catch (e) {
        result.className = 'error';
        result.textContent = errorText(e);
      }
    });
  });
  box.append(mergeButton, result);
  return box;
}
