// The chief judge's overview on the tablet: every entry of the category (by bib) with how many of its sheets are
// submitted; tapping one lists its sheets (stage × panel judge), each submitted one with "reopen (reason)". One
// read for the whole category (GET …/categories/{id}/sheets); read again after each reopen and on every visit.
import { api, contestPath } from '../api.js';
import { h } from '../dom.js';
import { integer, t } from '../i18n.js';
import { describeText } from '../errors.js';
import { askReason } from '../dialog.js';
import { categoriesOf } from './review.js';

export async function loadCategorySheets(state, token, categoryId) {
  try {
    state.chief.sheets = await api('GET', contestPath(state.me.contestId, `/categories/${categoryId}/sheets`), { token });
    state.chief.error = '';
  } catch (error) {
    state.chief.error = describeText(error);
  }
}

export async function reopen(state, token, sheet, entry) {
  const reason = await askReason({
    title: t('judge.chief.reopenTitle', { judge: sheet.judgeName, stage: sheet.stageName, bib: entry.bib ?? '–' }),
    consequence: t('judge.chief.reopenConsequence', { judge: sheet.judgeName }),
  });
  if (!reason) return false;
  try {
    await api('POST', contestPath(state.me.contestId, `/stages/${sheet.stageId}/entries/${entry.entryId}/sheets/${sheet.judgeId}/reopen`),
      { token, body: { reason } });
    return true;
  } catch (error) {
    state.chief.error = describeText(error);
    return false;
  }
}

// Above the chief judge's own list: one way in per category they are chief of.
export function renderChiefBanner(state, actions) {
  if (!state.me?.chief) return null;
  return categoriesOf(state).map(category => h('section', { class: 'chief-banner', dataset: { categoryId: category.id } },
    h('h2', {}, t('judge.chief.title', { category: category.name })),
    h('button', { type: 'button', class: 'big', name: 'open-sheets', onclick: () => actions.openChief(category.id) }, t('judge.chief.open'))));
}

export function renderChief(state, actions) {
  const { categoryId, entryId, sheets, error } = state.chief;
  const category = state.contest?.categories?.find(c => c.id === categoryId);
  const entry = entryId && sheets?.find(e => e.entryId === entryId);
  const back = h('button', { type: 'button', class: 'secondary big', name: 'back', onclick: () => actions.openChief(entry ? categoryId : null) }, t('judge.back'));
  return h('div', { class: 'chief', dataset: { categoryId } },
    h('div', { class: 'sheet-head' }, back,
      h('h2', {}, entry ? t('judge.chief.entryTitle', { bib: entry.bib ?? '–' }) : t('judge.chief.title', { category: category?.name ?? '' }))),
    error ? h('p', { class: 'message error', role: 'alert' }, error) : null,
    !sheets ? h('p', { class: 'muted' }, t('judge.chief.loading'))
      : entry ? renderEntry(actions, entry)
        : sheets.length ? h('div', { class: 'tiles' }, sheets.map(e => entryTile(actions, categoryId, e)))
          : h('p', { class: 'empty' }, t('judge.noAssignments')));
}

function entryTile(actions, categoryId, entry) {
  const done = entry.total > 0 && entry.submitted === entry.total;
  return h('button', { type: 'button', class: `tile ${done ? 'submitted' : ''}`, dataset: { bib: entry.bib ?? '' },
    onclick: () => actions.openChief(categoryId, entry.entryId) },
  h('span', { class: 'bib' }, entry.bib ?? '–'),
  h('span', { class: 'tile-state' }, t('judge.chief.progress', { done: integer(entry.submitted), total: integer(entry.total) })));
}

function renderEntry(actions, entry) {
  return h('table', { class: 'chief-sheets' },
    h('thead', {}, h('tr', {}, ['judge.stage', 'judge.chief.judge', 'judge.chief.status', 'judge.chief.marks', ''].map(k => h('th', {}, k ? t(k) : '')))),
    h('tbody', {}, entry.sheets.map(sheet => h('tr', { class: 'sheet-row', dataset: { judge: sheet.judgeName, stage: sheet.stageName, status: sheet.status } },
      h('td', {}, sheet.stageName),
      h('td', {}, sheet.judgeName, sheet.chief ? [' ', h('span', { class: 'pill' }, t('judge.chief'))] : null),
      h('td', {}, h('span', { class: `pill ${sheet.status === 'submitted' ? 'ok' : ''}` }, t(`judge.chief.sheet.${sheet.status}`))),
      h('td', { class: 'num' }, integer(Object.keys(sheet.marks).length)),
      h('td', {}, sheet.status === 'submitted'
        ? h('button', { type: 'button', class: 'secondary', name: 'reopen-sheet', onclick: () => actions.reopen(sheet, entry) }, t('judge.chief.reopen'))
        : null)))));
}
