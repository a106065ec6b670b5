// The tablet's sign-in and the list of assigned entries (by bib only, or by work code on a blind stage); sheet.js is one sheet.
// A sheet the chief judge reopened is marked in the list and on the sheet, with the reason, until it is submitted again.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { stageOf } from './stages.js';

export function renderSignIn(state, actions) {
  const input = h('input', { name: 'token', type: 'password', autocomplete: 'off', required: true, placeholder: t('judge.tokenHint') });
  const form = h('form', { class: 'sign-in', name: 'sign-in' },
    h('h2', {}, t('judge.signIn')), h('p', { class: 'muted' }, t('judge.signInHelp')),
    input, h('button', { type: 'submit', class: 'big' }, t('judge.signInButton')),
    h('p', { class: 'message error', role: 'alert' }, state.signInError));
  form.addEventListener('submit', event => { event.preventDefault(); actions.signIn(input.value.trim()); });
  return form;
}

export const criterionId = criterion => criterion.id ?? criterion.criterionId;

export function sheetProgress(actions, assignment) {
  const marks = assignment.sheet?.marks ?? {};
  const done = assignment.criteria.filter(c => marks[criterionId(c)] !== undefined || actions.waiting(assignment, criterionId(c))).length;
  return { done, total: assignment.criteria.length };
}

export function renderList(state, actions) {
  const groups = new Map();
  for (const assignment of state.me.assignments ?? []) {
    if (!groups.has(assignment.stageId)) groups.set(assignment.stageId, []);
    groups.get(assignment.stageId).push(assignment);
  }
  if (!groups.size) return h('p', { class: 'empty' }, t('judge.noAssignments'));
  return h('div', {}, [...groups].map(([stageId, assignments]) => {
    const stage = stageOf(state.contest, stageId);
    const status = assignments[0].stageStatus ?? stage?.status ?? 'pending';
    const name = assignments[0].stageName ?? stage?.name ?? t('judge.stage');
    return h('section', { class: 'stage-group', dataset: { stageId, stageName: name } },
      h('h2', {}, stage ? `${stage.category.name} · ${name}` : name, ' ',
        h('span', { class: `pill ${status === 'open' ? 'ok' : 'bad'}` }, t(`judge.stage.${status}`))),
      h('div', { class: 'tiles' }, inOrder(assignments).map(assignment => tile(actions, assignment))));
  }));
}

const inOrder = assignments => [...assignments].sort((a, b) => String(label(a)).localeCompare(String(label(b)), undefined, { numeric: true }));

// The entry after this one on the same stage, in the list's order: the judge walks down the row of work places.
export function nextOf(state, assignment) {
  const stage = inOrder((state.me?.assignments ?? []).filter(a => a.stageId === assignment.stageId));
  return stage[stage.findIndex(a => a.entryId === assignment.entryId) + 1] ?? null;
}

export const isReopened = assignment => !!assignment.sheet?.reopenReason && assignment.sheet.status !== 'submitted';

export function reopenedBy(sheet) {
  return sheet.reopenedBy ? t('judge.reopenedBy', { name: sheet.reopenedBy }) : t('judge.reopenedByOrganizer');
}

// Above the list (and above another sheet): every reopened sheet, its reason and a way to it.
export function renderReopened(state, actions, except = null) {
  const reopened = (state.me?.assignments ?? []).filter(a => isReopened(a) && a !== except);
  if (!reopened.length) return null;
  return h('section', { class: 'reopened-banner', role: 'status' },
    h('h2', {}, t('judge.reopenedTitle')),
    reopened.map(a => h('button', { type: 'button', class: 'reopened-item', dataset: a.roundId ? { entryId: a.entryId } : marks(a), onclick: () => actions.open(a) },
      h('strong', {}, a.roundId ? `${a.roundName} · ${a.name}`
        : `${a.stageName ?? stageOf(state.contest, a.stageId)?.name ?? ''} · ${t(a.workCode ? 'judge.workCode' : 'judge.bib')} ${label(a)}`),
      h('span', { class: 'reason' }, a.sheet.reopenReason),
      h('span', { class: 'muted' }, reopenedBy(a.sheet)))));
}

// On a blind stage the work is known by its work code (成果号) only: the engine sends no bib there.
export const label = assignment => assignment.workCode ?? assignment.bib ?? '–';
export const marks = assignment => assignment.workCode ? { workCode: assignment.workCode } : { bib: assignment.bib ?? '' };

function tile(actions, assignment) {
  const { done, total } = sheetProgress(actions, assignment);
  const submitted = assignment.sheet?.status === 'submitted';
  const waiting = actions.waitingCount(assignment);
  const reopened = isReopened(assignment);
  return h('button', { class: `tile ${submitted ? 'submitted' : ''} ${reopened ? 'reopened' : ''}`, type: 'button', dataset: marks(assignment),
    onclick: () => actions.open(assignment) },
    assignment.workCode ? h('span', { class: 'muted' }, t('judge.workCode')) : null,
    h('span', { class: 'bib' }, label(assignment)),
    h('span', { class: 'tile-state' }, submitted ? t('judge.submitted') : t('judge.marked', { done, total })),
    reopened ? h('span', { class: 'pill bad' }, t('judge.reopened')) : null,
    waiting ? h('span', { class: 'pill warn' }, t('judge.waitingCount', { n: waiting })) : null);
}
