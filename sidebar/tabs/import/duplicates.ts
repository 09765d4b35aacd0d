// Duplicates: each group found with a choice of the contact to keep and of each conflicting
// value, and Merge.
import { valueLabel } from '../../../src/domain/contact/sheetWords';
import type { DuplicateGroupView } from '../../../src/sidebarApi';
import { keyFor, settled } from '../../requestKeys';
import { importTab as importTabText } from '../../text';
import { fill, h, uid, whileBusy } from '../../dom';
import { choice, field, select } from '../../form';
import { call } from '../../server';
import { errorText } from './session';

const t = importTabText.tab;

/** The Find duplicates button and the box the groups it finds go in. */
export function duplicateFinder(): HTMLElement[] {
  const findButton = h('button', { type: 'button' }, t.find);
  const groupsBox = h('div', { class: 'duplicate-groups' });
  const findDuplicates = () =>
    whileBusy(findButton, t.finding, async () => {
      try {
        const r = await call('findDuplicates');
        fill(groupsBox, h('p', { class: 'secondary' }, r.message));
        r.groups.slice(0, 30).forEach((g) => groupsBox.appendChild(groupView(g)));
      } catch (e) {
        fill(groupsBox, h('p', { class: 'error' }, errorText(e)));
      }
    });
  findButton.addEventListener('click', () => void findDuplicates());
  return [findButton, groupsBox];
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
