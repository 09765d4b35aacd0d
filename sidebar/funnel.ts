// The pipeline funnel as an SVG drawn for a 300 px sidebar: the main stages top to bottom, each a
// bar from one left edge whose length is in proportion to its count, so a later stage holding
// more contacts than an earlier one shows as exactly that. Stage names sit in their own column
// and counts just past their bar, so both stay readable however small the bar is.
import { valueLabel } from '../src/domain/contact/sheetWords';
import { MAIN_STAGES } from '../src/domain/contact/contact';
import type { StageCount } from '../src/domain/pipeline/pipeline';
import { countText } from '../src/domain/messages/lang';
import { svg } from './dom';

/** The panel's content width at 300 px: drawn 1:1, so 12 px text stays 12 px. */
const WIDTH = 276;
/**
 * The stage-name column: "Repeat buyer" is about 72 px in 12 px Arial, Indonesian's "Dalam
 * penjualan" about 90 px; this page's language is fixed (text.ts), so the column fits its words.
 */
const LABEL = Math.max(84, ...MAIN_STAGES.map((s) => Math.ceil(valueLabel(s).length * 6.2) + 6));
/** Room past the longest bar for its count ("10,000" in bold). */
const COUNT = 46;
const ROW = 22;
const GAP = 8;
const FILL = '#8ab4f8';

export function funnel(stages: readonly StageCount[], label: string): SVGSVGElement {
  const height = stages.length * (ROW + GAP) - GAP;
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': label,
    class: 'funnel',
  }) as SVGSVGElement;
  root.appendChild(svg('title', {}, label));
  const max = Math.max(1, ...stages.map((s) => s.count));
  const span = WIDTH - LABEL - COUNT;
  stages.forEach((s, i) => {
    // Any contact at all shows as at least a sliver; none shows as no bar.
    const w = s.count === 0 ? 0 : Math.max(2, (span * s.count) / max);
    const y = i * (ROW + GAP);
    const middle = y + ROW / 2;
    const g = svg('g', { 'data-stage': s.stage, 'data-count': s.count });
    g.appendChild(
      svg(
        'text',
        { x: 0, y: middle, 'dominant-baseline': 'central', class: 'funnel-stage' },
        valueLabel(s.stage),
      ),
    );
    g.appendChild(
      svg('rect', { x: LABEL, y, width: w, height: ROW, rx: 2, fill: FILL, class: 'funnel-bar' }),
    );
    g.appendChild(
      svg(
        'text',
        {
          x: LABEL + w + 5,
          y: middle,
          'dominant-baseline': 'central',
          'font-weight': 'bold',
          class: 'funnel-count',
        },
        countText(s.count),
      ),
    );
    root.appendChild(g);
  });
  // The common left edge the bars grow from.
  root.appendChild(
    svg('line', { x1: LABEL, y1: 0, x2: LABEL, y2: height, stroke: '#9aa0a6', 'stroke-width': 1 }),
  );
  return root;
}
