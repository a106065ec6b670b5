// The tablet's three screens: sign in, the list of assigned entries (by bib only, or by work code on a blind stage), one sheet.
import { h } from '../dom.js';
import { count, number, t } from '../i18n.js';
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

const criterionId = criterion => criterion.id ?? criterion.criterionId;

function sheetProgress(actions, assignment) {
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
      h('div', { class: 'tiles' }, assignments
        .sort((a, b) => String(label(a)).localeCompare(String(label(b)), undefined, { numeric: true }))
        .map(assignment => tile(actions, assignment))));
  }));
}

// On a blind stage the work is known by its work code (成果号) only: the engine sends no bib there.
const label = assignment => assignment.workCode ?? assignment.bib ?? '–';
const marks = assignment => assignment.workCode ? { workCode: assignment.workCode } : { bib: assignment.bib ?? '' };

function tile(actions, assignment) {
  const { done, total } = sheetProgress(actions, assignment);
  const submitted = assignment.sheet?.status === 'submitted';
  const waiting = actions.waitingCount(assignment);
  return h('button', { class: `tile ${submitted ? 'submitted' : ''}`, type: 'button', dataset: marks(assignment), onclick: () => actions.open(assignment) },
    assignment.workCode ? h('span', { class: 'muted' }, t('judge.workCode')) : null,
    h('span', { class: 'bib' }, label(assignment)),
    h('span', { class: 'tile-state' }, submitted ? t('judge.submitted') : t('judge.marked', { done, total })),
    waiting ? h('span', { class: 'pill warn' }, t('judge.waitingCount', { n: waiting })) : null);
}

export function renderSheet(state, actions, assignment) {
  const stage = stageOf(state.contest, assignment.stageId);
  const submitted = assignment.sheet?.status === 'submitted';
  const closed = assignment.stageStatus === 'closed';
  const submitWaiting = actions.waiting(assignment);
  const sheetNote = actions.note(assignment) ?? (closed && !submitted ? t('judge.err.closed') : null);
  return h('div', { class: 'sheet', dataset: marks(assignment) },
    h('div', { class: 'sheet-head' },
      h('button', { type: 'button', class: 'secondary big', name: 'back', onclick: () => actions.open(null) }, t('judge.back')),
      h('div', {}, h('div', { class: 'muted' }, [stage?.category.name, assignment.stageName ?? stage?.name].filter(Boolean).join(' · ')),
        h('div', { class: 'sheet-bib' }, t(assignment.workCode ? 'judge.workCode' : 'judge.bib'), ' ', h('strong', {}, label(assignment)))),
      h('span', { class: `pill ${submitted ? 'ok' : ''}` }, submitted ? t('judge.submitted') : submitWaiting ? t('judge.submitWaiting') : t('judge.open'))),
    assignment.criteria.map(criterion => criterionCard(actions, assignment, criterion, submitted || closed || !!submitWaiting)),
    sheetNote ? h('p', { class: 'message error', role: 'alert' }, sheetNote) : null,
    submitted || closed || submitWaiting ? null
      : h('button', { type: 'button', class: 'big submit', name: 'submit-sheet', onclick: () => confirmSubmit(actions, assignment) }, t('judge.submit')));
}

function criterionCard(actions, assignment, criterion, locked) {
  const id = criterionId(criterion);
  const waiting = actions.waiting(assignment, id);
  const saved = assignment.sheet?.marks?.[id];
  const value = waiting ? waiting.points : saved;
  const note = actions.note(assignment, id);
  const stateName = note ? 'error' : waiting ? 'waiting' : saved !== undefined ? 'saved' : 'empty';
  const max = Number(criterion.maxPoints);
  // Buttons and steppers stay within the range; a typed value outside it is refused on the spot, never changed.
  const set = points => !locked && actions.mark(assignment, id, Math.min(max, Math.max(0, Math.round(points * 100) / 100)));
  const typed = text => {
    const points = Number(text);
    if (!Number.isFinite(points) || points < 0 || points > max)
      return actions.refuse(assignment, id, t('judge.outOfRange', { value: text, max: number(max, max % 1 ? 2 : 0) }));
    if (Math.round(points * 100) !== points * 100) return actions.refuse(assignment, id, t('judge.tooPrecise', { value: text }));
    return set(points);
  };
  const quick = Number.isInteger(max) && max <= 10
    ? h('div', { class: 'points' }, Array.from({ length: max + 1 }, (_, p) => h('button', {
      type: 'button', class: 'point', dataset: { points: String(p) }, 'aria-pressed': String(value === p), disabled: locked, onclick: () => set(p),
    }, number(p, 0))))
    : null;
  const input = h('input', { type: 'number', inputmode: 'decimal', min: 0, max, step: 'any', value: value ?? '', disabled: locked, name: 'points', 'aria-label': criterion.name });
  input.addEventListener('change', () => (input.value !== '' || input.validity.badInput) && typed(input.validity.badInput ? '?' : input.value));
  return h('section', { class: `criterion state-${stateName}`, dataset: { name: criterion.name ?? '', id } },
    h('div', { class: 'criterion-head' },
      h('h3', {}, criterion.name ?? ''),
      h('span', { class: 'muted' }, `${t(`judge.kind.${criterion.kind ?? 'judgement'}`)} · 0–${number(max, max % 1 ? 2 : 0)}`),
      h('span', { class: 'state', dataset: { state: stateName } }, t(`judge.state.${stateName}`))),
    quick,
    h('div', { class: 'stepper' },
      h('button', { type: 'button', class: 'step', disabled: locked, onclick: () => set((value ?? 0) - 0.5) }, '−0.5'),
      input,
      h('button', { type: 'button', class: 'step', disabled: locked, onclick: () => set((value ?? 0) + 0.5) }, '+0.5')),
    note ? h('p', { class: 'message error', role: 'alert' }, note) : null);
}

function confirmSubmit(actions, assignment) {
  const unmarked = assignment.criteria.length - sheetProgress(actions, assignment).done;
  const dialog = h('dialog', { class: 'confirm-submit' },
    h('h2', {}, assignment.workCode ? t('judge.confirmTitleCode', { code: assignment.workCode }) : t('judge.confirmTitle', { bib: label(assignment) })),
    h('p', {}, t('judge.confirmText')),
    unmarked ? h('p', { class: 'message error' }, count('judge.unmarked', unmarked)) : null,
    h('form', { method: 'dialog', class: 'row' },
      h('button', { value: 'cancel', class: 'secondary big' }, t('judge.cancel')),
      h('button', { value: 'confirm', class: 'big', name: 'confirm' }, t('judge.confirmSubmit'))));
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'confirm') actions.submit(assignment);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}
