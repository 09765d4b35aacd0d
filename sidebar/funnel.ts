// The pipeline funnel as an SVG drawn for a 300 px sidebar: one centred bar per main stage, its
// width in proportion to the count, with the stage and count written on it in dark text.
import type { StageCount } from '../src/domain/pipeline';
import { svg } from './dom';

const WIDTH = 272;
const ROW = 30;
const GAP = 5;
const MIN_BAR = 96;
// Light fills, darker down the funnel, all light enough for dark text.
const FILLS = ['#e8f0fe', '#d2e3fc', '#aecbfa', '#8ab4f8', '#7baaf7'];

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
  stages.forEach((s, i) => {
    const w = MIN_BAR + ((WIDTH - MIN_BAR) * s.count) / max;
    const y = i * (ROW + GAP);
    const g = svg('g', { 'data-stage': s.stage });
    g.appendChild(
      svg('rect', {
        x: (WIDTH - w) / 2,
        y,
        width: w,
        height: ROW,
        rx: 3,
        fill: FILLS[i % FILLS.length],
        stroke: '#4d90fe',
        'stroke-width': 0.5,
      }),
    );
    const tx = svg('text', {
      x: WIDTH / 2,
      y: y + ROW / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    });
    tx.appendChild(svg('tspan', { class: 'funnel-stage' }, `${s.stage} `));
    tx.appendChild(svg('tspan', { class: 'funnel-count', 'font-weight': 'bold' }, String(s.count)));
    g.appendChild(tx);
    root.appendChild(g);
  });
  return root;
}
