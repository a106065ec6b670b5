// A labour category's rounds (考核期): add, open, freeze, reopen (with a reason), publish (asked first); the chosen
// round's units below (self-assessments, vetoes, the CSV of self-assessments).
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { confirmAction } from '../../dialog.js';
import { askReason, button, form } from '../forms.js';
import { renderUnits } from './units.js';

const chosen = new Map();
const statusClass = { planned: '', open: 'ok', frozen: 'warn', published: 'bad' };

export const roundStatus = status => h('span', { class: `pill round-status ${statusClass[status] ?? ''}`, dataset: { status } }, t(`lab.status.${status}`));

export function renderRounds(ctx) {
  const categories = ctx.contest.categories ?? [];
  return h('section', { class: 'panel', id: 'rounds' }, h('h2', {}, t('lab.rounds')),
    categories.length ? categories.map(c => renderCategory(ctx, c)) : h('p', { class: 'muted' }, t('lab.noCategory')));
}

function renderCategory(ctx, category) {
  const rounds = category.rounds ?? [];
  const current = rounds.find(r => r.id === chosen.get(category.id)) ?? rounds.find(r => r.status === 'open') ?? rounds.at(-1);
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } },
    h('h3', {}, category.name),
    category.scheme ? null : h('p', { class: 'message error' }, t('lab.needScheme')),
    rounds.length ? h('table', { class: 'rounds' },
      h('thead', {}, h('tr', {}, ['lab.round', 'lab.startsOn', 'lab.endsOn', 'org.status', ''].map(k => h('th', {}, k && t(k))))),
      h('tbody', {}, rounds.map(round => h('tr', { class: `round${round.id === current?.id ? ' chosen' : ''}`, dataset: { name: round.name, id: round.id, status: round.status } },
        h('td', {}, h('button', { type: 'button', class: 'link', name: 'choose-round', onclick: () => { chosen.set(category.id, round.id); ctx.reload(); } }, round.name)),
        h('td', {}, round.startsOn), h('td', {}, round.endsOn), h('td', {}, roundStatus(round.status)),
        h('td', { class: 'actions' }, roundButtons(ctx, round)))))) : h('p', { class: 'muted' }, t('lab.noRounds')),
    h('h4', {}, t('lab.addRound')),
    form(ctx, 'add-round', [
      { name: 'name', label: 'lab.roundName', placeholder: t('lab.roundHint') },
      { name: 'startsOn', label: 'lab.startsOn', type: 'date' },
      { name: 'endsOn', label: 'lab.endsOn', type: 'date' },
    ], 'org.add', async values => {
      const answer = await ctx.change(() => ctx.call('POST', `/categories/${category.id}/rounds`, { body: values }));
      if (answer?.id) chosen.set(category.id, answer.id);
    }),
    current ? renderUnits(ctx, category, current) : null);
}

function roundButtons(ctx, round) {
  const post = (action, body) => () => ctx.change(() => ctx.call('POST', `/rounds/${round.id}/${action}`, body ? { body } : {}));
  const status = round.status;
  return [
    status === 'planned' ? button(ctx, 'lab.open', post('open'), { name: 'open-round', kind: 'primary' }) : null,
    status === 'open' ? button(ctx, 'lab.freeze', post('freeze'), { name: 'freeze-round' }) : null,
    status === 'frozen' ? button(ctx, 'lab.reopen', async () => {
      const reason = await askReason('lab.reopenReason', t('lab.reopenConsequence', { name: round.name }));
      if (reason) await post('reopen', { reason })();
    }, { name: 'reopen-round' }) : null,
    status === 'frozen' ? button(ctx, 'lab.publish', async () => {
      if (!(await confirmAction({ title: t('lab.publishTitle', { name: round.name }), consequence: t('lab.publishConsequence') }))) return;
      await post('publish')();
    }, { name: 'publish-round', kind: 'primary' }) : null,
  ];
}
