// The column mapping: a choice of target per column of the file, with an example value. Mapped
// columns first; the ones not imported (30+ in an Outlook export) behind a toggle.
import { IMPORT_TARGETS, type ImportTarget } from '../../../src/domain/import/mapping';
import { importTab as importTabText } from './text';
import type { ParsedFile } from '../../csv';
import { fill, h } from '../../dom';
import { field, select } from '../../form';

const m = importTabText;
const t = m.tab;

/** Fills `box` with a select per column of `f`; `changed` runs after the user changes one. */
export function showMapping(
  box: HTMLElement,
  f: ParsedFile,
  mapping: ImportTarget[],
  changed: () => void,
): void {
  fill(box);
  const rest = h('div', { hidden: true });
  const unmapped = f.header.filter((_, i) => mapping[i] === 'ignore').length;
  const toggle = h('button', { type: 'button', 'aria-expanded': 'false' }, t.moreColumns(unmapped));
  toggle.addEventListener('click', () => {
    rest.hidden = !rest.hidden;
    toggle.setAttribute('aria-expanded', String(!rest.hidden));
    toggle.textContent = rest.hidden ? t.moreColumns(unmapped) : t.fewerColumns;
  });
  f.header.forEach((header, i) => {
    const s = select([]);
    for (const target of IMPORT_TARGETS)
      s.appendChild(h('option', { value: target }, m.targets[target]));
    s.value = mapping[i];
    s.addEventListener('change', () => {
      mapping[i] = s.value as ImportTarget;
      changed();
    });
    const sample = f.rows.find((r) => (r.cells[i] ?? '').trim() !== '')?.cells[i] ?? '';
    const label = header || `#${i + 1}`;
    const group = field(`column-${i}`, label, s, {
      hint: sample ? t.example(sample.slice(0, 60)) : '',
    }).group;
    (mapping[i] === 'ignore' ? rest : box).appendChild(group);
  });
  if (unmapped > 0) box.append(toggle, rest);
}
