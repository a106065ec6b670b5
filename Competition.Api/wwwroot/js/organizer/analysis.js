// Judge analysis (裁判评分分析): one row per judge, a bar of how far below (harsh) or above (lenient) the panel they
// mark on average, their mean distance from it and how their ranking agrees with the panel's.
import { h } from '../dom.js';
import { number, t } from '../i18n.js';

const percent = share => `${share > 0 ? '+' : ''}${number(100 * share, 1)}%`;

export async function showAnalysis(ctx, category) {
  const analysis = await ctx.call('GET', `/categories/${category.id}/judges/analysis`);
  // The bars share one scale: the largest signed difference fills half the track.
  const scale = Math.max(analysis.thresholds.share * 2, ...analysis.judges.map(j => Math.abs(j.meanSignedShare)));
  const dialog = h('dialog', { class: 'judge-analysis' },
    h('h2', {}, t('org.analysisTitle', { category: category.name })),
    h('p', { class: 'muted' }, t('org.analysisHelp', { share: number(100 * analysis.thresholds.share, 0), agreement: number(analysis.thresholds.agreement, 1) })),
    h('table', {},
      h('thead', {}, h('tr', {}, ['org.judge', 'org.analysisSigned', 'org.analysisAbsolute', 'org.analysisAgreement', 'org.analysisFlags'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, analysis.judges.map(j => h('tr', { class: 'judge-row', dataset: { name: j.name, flags: j.flags.join(' ') } },
        h('td', {}, j.name, j.chief ? [' ', h('span', { class: 'pill' }, t('org.chief'))] : null, h('div', { class: 'muted' }, j.organization)),
        h('td', {}, j.marks ? bar(j.meanSignedShare, scale) : '–', j.marks ? h('span', { class: 'num' }, ' ', percent(j.meanSignedShare)) : null),
        h('td', { class: 'num' }, j.marks ? `${number(100 * j.meanAbsoluteShare, 1)}%` : '–'),
        h('td', { class: 'num' }, j.leastAgreement == null ? '–' : number(j.leastAgreement, 2)),
        h('td', {}, j.flags.map(f => h('span', { class: `pill ${f === 'inconsistent' ? 'bad' : 'warn'}` }, t(`org.flag.${f}`), ' '))))))),
    h('form', { method: 'dialog', class: 'row' }, h('button', { value: 'close', class: 'secondary' }, t('org.close'))));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

function bar(share, scale) {
  const width = Math.min(50, 50 * Math.abs(share) / scale);
  const style = share < 0 ? `right:50%;width:${width}%` : `left:50%;width:${width}%`;
  return h('div', { class: 'deviation', title: percent(share) }, h('span', { class: share < 0 ? 'harsh' : 'lenient', style }));
}
