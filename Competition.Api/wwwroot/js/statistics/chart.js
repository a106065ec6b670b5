// Grouped horizontal bar charts drawn as inline SVG (no charting library is served offline). Each bar carries its
// key, series and value as data attributes, so what is drawn can be checked against the numbers it was drawn from.
const svgNs = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS(svgNs, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

const layout = { width: 720, label: 190, value: 56, bar: 14, gap: 4, group: 12, top: 28 };

// rows: [{ key, label, values: { [series.name]: number } }]; series: [{ name, label }] (drawn in this order).
export function barChart({ title, rows, series, format = String }) {
  const { width, label, value, bar, gap, group, top } = layout;
  const plot = width - label - value;
  const max = Math.max(1, ...rows.flatMap(r => series.map(x => r.values[x.name] ?? 0)));
  const rowHeight = series.length * (bar + gap) + group;
  const height = top + Math.max(1, rows.length) * rowHeight;
  const chart = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': title, class: 'chart' });
  // The legend: one swatch per series.
  series.forEach((x, i) => chart.append(
    s('rect', { x: label + i * 120, y: 6, width: 12, height: 12, class: `series-${i}` }),
    s('text', { x: label + i * 120 + 18, y: 16, class: 'legend' }, x.label)));
  rows.forEach((row, r) => {
    const y0 = top + r * rowHeight;
    chart.append(s('text', { x: label - 8, y: y0 + (series.length * (bar + gap)) / 2 + 4, class: 'key', 'text-anchor': 'end' }, row.label));
    series.forEach((x, i) => {
      const v = row.values[x.name] ?? 0;
      const y = y0 + i * (bar + gap);
      chart.append(
        s('rect', { x: label, y, width: Math.max(1, (v / max) * plot), height: bar, class: `bar series-${i}`,
          'data-key': row.key, 'data-series': x.name, 'data-value': v }),
        s('text', { x: label + (v / max) * plot + 6, y: y + bar - 3, class: 'value' }, format(v)));
    });
  });
  if (rows.length === 0) chart.append(s('text', { x: label, y: top + 16, class: 'empty' }, '–'));
  return chart;
}
