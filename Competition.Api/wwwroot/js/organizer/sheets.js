// One entry's sheets (each panel judge × stage): who has submitted, and a way to reopen a submitted sheet for a
// correction (after an upheld appeal, or when a judge asks the chief judge). The stage must be open to re-mark.
import { h, replace } from '../dom.js';
import { integer, t } from '../i18n.js';
import { askReason, button } from './forms.js';

export async function showSheets(ctx, entry) {
  const dialog = h('dialog', { class: 'entry-sheets', dataset: { entryId: entry.entryId } });
  const body = h('div', {});
  const paint = async () => {
    const sheets = await ctx.call('GET', `/entries/${entry.entryId}/sheets`);
    replace(body, h('table', {},
      h('thead', {}, h('tr', {}, ['org.stage', 'org.judge', 'org.sheetStatus', 'org.sheetMarks', ''].map(k => h('th', {}, k ? t(k) : '')))),
      h('tbody', {}, sheets.map(sheet => h('tr', { class: 'sheet-row', dataset: { judge: sheet.judgeName, stage: sheet.stageName, status: sheet.status } },
        h('td', {}, sheet.stageName), h('td', {}, sheet.judgeName, sheet.chief ? [' ', h('span', { class: 'pill' }, t('org.chief'))] : null),
        h('td', {}, h('span', { class: `pill ${sheet.status === 'submitted' ? 'ok' : ''}` }, t(`sheet.${sheet.status}`))),
        h('td', { class: 'num' }, integer(Object.keys(sheet.marks).length)),
        h('td', {}, sheet.status === 'submitted'
          ? button(ctx, 'org.reopenSheet', async () => {
            const reason = await askReason('org.reasonReopen');
            if (!reason) return;
            await ctx.call('POST', `/stages/${sheet.stageId}/entries/${entry.entryId}/sheets/${sheet.judgeId}/reopen`, { body: { reason } });
            await paint();
          }, { name: 'reopen-sheet' })
          : null))))));
  };
  replace(dialog,
    h('h2', {}, t('org.sheetsTitle', { bib: entry.bib ?? '–', name: entry.name })),
    h('p', { class: 'muted' }, t('org.sheetsHelp')),
    body,
    h('form', { method: 'dialog', class: 'row' }, h('button', { value: 'close', class: 'secondary' }, t('org.close'))));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  await paint();
  dialog.showModal();
}
