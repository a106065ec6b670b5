// The organizer's remote for a hidden board's reveal (揭晓): /reveal/{contestId}?category=id, on a phone or a
// tablet. One big button reveals the next entry from the last place up; the big screen shows each step.
import { api, contestPath, ApiError } from '../api.js';
import { $, h, replace } from '../dom.js';
import { addMessages, applyI18n, langSwitch, number, ordinal, t } from '../i18n.js';
import { describeText } from '../errors.js';
import * as store from '../organizer/store.js';
import { messages } from './messages.js';

addMessages(messages);
$('#lang').append(langSwitch());

const contestId = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] ?? '');
const categoryId = new URLSearchParams(location.search).get('category');
const state = { contest: null, board: null, last: null, error: '', busy: false };
const token = () => store.contests.get(contestId)?.token;

async function load() {
  try {
    state.contest = await api('GET', contestPath(contestId), { token: token() });
    state.board = await api('GET', contestPath(contestId, `/categories/${categoryId}/leaderboard?top=1`));
    state.last ??= state.board.reveal?.steps?.at(-1) ?? null;
  } catch (error) { state.error = describeText(error); }
  render();
}

async function revealNext(all) {
  if (all && !confirm(t('reveal.allConfirm'))) return;
  state.busy = true; state.error = ''; render();
  try {
    const answer = await api('POST', contestPath(contestId, `/categories/${categoryId}/reveal/${all ? 'all' : 'next'}`), { token: token() });
    // The answer is ahead of the board (a projection a moment behind): progress is taken from it.
    state.last = answer.revealed.at(-1) ?? state.last;
    state.published = answer.published;
  } catch (error) {
    state.error = error instanceof ApiError && error.status === 403 ? t('reveal.notOrganizer') : describeText(error);
  }
  state.busy = false;
  await load();
}

function render() {
  applyI18n();
  const view = $('#view');
  if (!token()) {
    const input = h('input', { name: 'token', type: 'password', autocomplete: 'off', placeholder: t('reveal.tokenHint') });
    const form = h('form', { name: 'sign-in' }, h('p', {}, t('reveal.signIn')), input, h('button', { type: 'submit', class: 'big' }, t('reveal.signInButton')));
    form.addEventListener('submit', event => { event.preventDefault(); store.contests.put(contestId, { token: input.value.trim() }); load(); });
    replace(view, form);
    return;
  }
  const category = state.contest?.categories?.find(c => c.id === categoryId);
  const reveal = state.board?.reveal;
  const done = Math.max(reveal?.steps?.length ?? 0, state.last?.step ?? 0);
  const of = state.last?.of ?? reveal?.of ?? state.board?.count ?? 0;
  const published = (reveal?.published ?? false) || !!state.published;
  replace(view,
    h('h2', {}, [state.contest?.name, category?.name].filter(Boolean).join(' · ')),
    h('p', { id: 'progress', class: 'muted' }, published ? t('reveal.published') : t('reveal.progress', { done, of })),
    state.last ? h('div', { class: 'last', dataset: { rank: state.last.rank } },
      h('span', { class: 'rank' }, ordinal(state.last.rank)), h('span', { class: 'name' }, state.last.name),
      h('span', {}, number(state.last.total)), state.last.tier ? h('span', { class: 'pill ok' }, state.last.tier) : null) : null,
    state.error ? h('p', { class: 'message error', role: 'alert' }, state.error) : null,
    published ? null : h('button', { type: 'button', class: 'big next', name: 'next', disabled: state.busy, onclick: () => revealNext(false) }, t('reveal.next')),
    published ? null : h('button', { type: 'button', class: 'secondary', name: 'all', disabled: state.busy, onclick: () => revealNext(true) }, t('reveal.all')));
}

document.addEventListener('langchange', render);
render();
load();
