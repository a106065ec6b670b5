// A blind stage's work codes (成果号): the confidential list by bib and one label per work piece, to print.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export async function showWorkCodes(ctx, stage) {
  const list = await ctx.call('GET', `/stages/${stage.id}/work-codes`);
  const dialog = h('dialog', { class: 'work-codes' },
    h('h2', {}, t('org.workCodesTitle', { stage: `${list.categoryName} · ${list.stageName}` }),
      list.opened ? [' ', h('span', { class: 'pill ok' }, t('org.workCodesOpened'))] : null),
    h('p', { class: 'muted' }, t('org.workCodesHelp')),
    h('table', {},
      h('thead', {}, h('tr', {}, ['org.bib', 'org.entryName', 'org.organization', 'org.workCode'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, list.labels.map(l => h('tr', { class: 'work-code', dataset: { bib: l.bib ?? '', workCode: l.workCode } },
        h('td', {}, l.bib ?? '–'), h('td', {}, l.name), h('td', {}, l.organization), h('td', {}, h('strong', {}, l.workCode)))))),
    h('div', { class: 'labels' }, list.labels.map(l => h('div', { class: 'label' }, l.workCode))),
    h('form', { method: 'dialog', class: 'row no-print' },
      h('button', { type: 'button', name: 'print', onclick: () => window.print() }, t('org.print')),
      h('button', { value: 'close', class: 'secondary' }, t('org.close'))));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
