// The console of a labour contest (劳动竞赛): set-up (categories and each one's scheme), rounds, results.
import { h } from '../../dom.js';
import { addMessages, t } from '../../i18n.js';
import { form } from '../forms.js';
import { messages } from './messages.js';
import { renderScheme } from './scheme.js';
import { renderLabourBoards } from './board.js';
export { renderRounds } from './rounds.js';

addMessages(messages);

// Categories of a labour or points contest: no stages, no board visibility; units are usually teams.
export function categoryForm(ctx) {
  return [h('h3', {}, t('org.addCategory')),
    form(ctx, 'add-category', [
      { name: 'name', label: 'org.categoryName' },
      { name: 'entryType', label: 'org.entryType', options: [['team', 'entryType.team'], ['individual', 'entryType.individual']] },
    ], 'org.add', values => ctx.change(() => ctx.call('POST', '/categories', { body: values })))];
}

export function renderLabourSetup(ctx) {
  return h('section', { class: 'panel', id: 'setup' }, h('h2', {}, t('org.setup')),
    (ctx.contest.categories ?? []).map(category => h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
      h('h3', {}, category.name, ' ', h('span', { class: 'pill' }, t(`entryType.${category.entryType}`))),
      h('h4', {}, t('lab.scheme')), renderScheme(ctx, category))),
    categoryForm(ctx));
}

export function renderLabourResults(ctx) {
  return h('section', { class: 'panel', id: 'results' }, h('h2', {}, t('nav.results')),
    (ctx.contest.categories ?? []).map(category => renderLabourBoards(ctx, category)));
}
