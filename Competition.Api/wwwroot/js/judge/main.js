// Judge tablet: sign in with a token (typed or from the QR link), list the assigned entries by
// bib, mark criteria, submit sheets. Every change goes through the outbox, so it works offline; a service worker
// keeps the page itself, so that a reload without a connection still opens it.
import { api, ApiError, contestPath, NetworkError } from '../api.js';
import { $, h, replace } from '../dom.js';
import { addMessages, applyI18n, langSwitch, t } from '../i18n.js';
import { describeText } from '../errors.js';
import { confirmAction } from '../dialog.js';
import { messages } from './messages.js';
import { Outbox, sameTarget } from './outbox.js';
import { session, tokenFromFragment } from './session.js';
import { renderSignIn, renderList, renderReopened } from './views.js';
import { renderSheet } from './sheet.js';
import { renderUnit } from './unit.js';
import { renderUnits } from './units.js';
import { explain, learnFrom, placeOf } from './refusals.js';
import { loadReviews, renderReview, renderReviewBanner, sendRemark } from './review.js';
import { loadCategorySheets, renderChief, renderChiefBanner, reopen } from './chief.js';
import { ServerLink } from './link.js';
import { SheetPush } from './push.js';

addMessages(messages);
$('#lang').append(langSwitch());
$('#sign-out').addEventListener('click', () => actions.signOut());

// The shell is cached for /judge only; an http:// venue address that is not localhost gets no worker (not a secure
// context), and the tablet then works as before, without reloads offline.
navigator.serviceWorker?.register('/judge-sw.js', { scope: '/judge' }).catch(() => {});

const state = {
  me: session.me(), contest: session.contest(), open: null,
  notes: new Map(), signInError: '', reviews: new Map(), reviewOpen: null, reviewNotes: new Map(),
  chief: { categoryId: null, entryId: null, sheets: null, error: '' },
};
const link = new ServerLink({ onChange: () => render(), idle: () => !outbox.items().length });
// A hub connection that drops is news about the server too: ask it at once rather than at the next probe.
const push = new SheetPush({
  onReopened: message => reopened(message),
  onState: live => { $('#connection').dataset.push = live ? 'live' : 'down'; if (!live) link.probe(); },
});
const reviewKey = item => `${item.entryId}/${item.stageId}/${item.judgeId}/${item.criterionId}`;

const noteKey = item => `${placeOf(item)}/${item.entryId}/${item.criterionId ?? 'sheet'}`;
const findAssignment = (stageId, entryId) => state.me?.assignments?.find(a => placeOf(a) === stageId && a.entryId === entryId);

const outbox = new Outbox('competition.judge.outbox', send, result => onResult(result));

function send(item) {
  const base = contestPath(item.contestId, `/${item.round ? 'rounds' : 'stages'}/${item.stageId}/entries/${item.entryId}`);
  return item.kind === 'mark'
    ? api('PUT', `${base}/marks/${item.criterionId}`, { token: item.token, body: { points: item.points }, idempotencyKey: item.requestId })
    : api('POST', `${base}/sheet/submit`, { token: item.token });
}

async function onResult({ item, state: outcome, answer, error }) {
  const assignment = findAssignment(item.stageId, item.entryId);
  if (outcome === 'sent') {
    link.noted(true);
    state.notes.delete(noteKey(item));
    if (assignment && item.kind === 'mark') {
      assignment.sheet.marks = { ...assignment.sheet.marks, [item.criterionId]: item.points };
      if (answer?.version !== undefined) assignment.sheet.version = answer.version;
    }
    if (assignment && item.kind === 'submit') assignment.sheet.status = 'submitted';
    session.setMe(state.me);
  } else if (outcome === 'waiting' || outcome === 'unauthorized') {
    link.noted(!(error instanceof NetworkError));
    if (outcome === 'unauthorized') state.signInError = t('judge.err.token');
  } else if (outcome === 'refused') {
    link.noted(true);
    await refresh();
    const note = explain(state, findAssignment(item.stageId, item.entryId), item, error);
    learnFrom(state, findAssignment(item.stageId, item.entryId), item, note);
    state.notes.set(noteKey(item), note);
  }
  render();
}

async function refresh() {
  const token = session.token();
  if (!token) return;
  try {
    state.me = await api('GET', '/api/judge/me', { token });
    session.setMe(state.me);
    state.contest = await api('GET', contestPath(state.me.contestId));
    session.setContest(state.contest);
    await loadReviews(state, token);
    link.noted(true);
    state.signInError = '';
  } catch (error) {
    if (error instanceof NetworkError) link.noted(false);
    else if (error instanceof ApiError && error.status === 401) state.signInError = t('judge.err.token');
    else state.signInError = describeText(error);
  }
}

const actions = {
  async signIn(token) {
    const previous = session.token();
    if (previous && previous !== token) { session.signOut(); state.me = null; state.contest = null; }
    session.setToken(token);
    state.signInError = '';
    await refresh();
    if (!state.me) session.signOut();
    render();
  },
  async signOut() {
    // Signing out forgets the token: without the QR code again the tablet cannot sign back in.
    const waiting = outbox.items().length;
    if (!await confirmAction({ title: t('judge.signOutTitle'), consequence: waiting ? t('judge.signOutWaiting', { n: waiting }) : t('judge.signOutConfirm'),
      confirm: t('judge.signOut') })) return;
    session.signOut();
    Object.assign(state, { me: null, contest: null, open: null, reviewOpen: null });
    state.chief.categoryId = null;
    render();
  },
  open(assignment) { state.open = assignment ? { stageId: placeOf(assignment), entryId: assignment.entryId } : null; render(); scrollTo(0, 0); },
  // The chief judge's overview of a category (null: back to the list), or one entry's sheets in it.
  async openChief(categoryId, entryId = null) {
    const entering = categoryId && categoryId !== state.chief.categoryId;
    Object.assign(state.chief, { categoryId, entryId }, entering ? { sheets: null, error: '' } : {});
    state.open = null;
    render(); scrollTo(0, 0);
    if (categoryId && !entryId) { await loadCategorySheets(state, session.token(), categoryId); render(); }
  },
  async reopen(sheet, entry) {
    if (await reopen(state, session.token(), sheet, entry)) await loadCategorySheets(state, session.token(), state.chief.categoryId);
    render();
  },
  mark(assignment, criterionId, points) {
    state.notes.delete(noteKey({ ...assignment, criterionId }));
    outbox.add({ kind: 'mark', token: session.token(), contestId: state.me.contestId, stageId: placeOf(assignment), entryId: assignment.entryId, criterionId, points, round: !!assignment.roundId });
  },
  // A value the tablet itself refuses (out of range): said beside the criterion, nothing sent.
  refuse(assignment, criterionId, text) {
    state.notes.set(noteKey({ ...assignment, criterionId }), { text });
    render();
  },
  submit(assignment) {
    outbox.add({ kind: 'submit', token: session.token(), contestId: state.me.contestId, stageId: placeOf(assignment), entryId: assignment.entryId, round: !!assignment.roundId });
  },
  waiting(assignment, criterionId) {
    return outbox.items().filter(item => sameTarget(item, { kind: criterionId ? 'mark' : 'submit', ...assignment, stageId: placeOf(assignment), criterionId })).at(-1);
  },
  waitingCount: (assignment) => outbox.items().filter(item => !assignment || (item.stageId === placeOf(assignment) && item.entryId === assignment.entryId)).length,
  openReview(categoryId) { state.reviewOpen = categoryId; state.open = null; render(); scrollTo(0, 0); },
  async remark(categoryId, item, points) {
    const note = await sendRemark(state, session.token(), categoryId, item, points);
    if (note) state.reviewNotes.set(reviewKey(item), note); else state.reviewNotes.delete(reviewKey(item));
    render();
  },
  refuseReview(item, text) { state.reviewNotes.set(reviewKey(item), text); render(); },
  reviewNote: item => state.reviewNotes.get(reviewKey(item)),
  note(assignment, criterionId) {
    const note = state.notes.get(noteKey({ ...assignment, criterionId }));
    return note && (note.key ? t(note.key) : note.text);
  },
};

// A reopen pushed by the hub: shown at once from the message, then confirmed by a fresh read of the assignments.
async function reopened(message) {
  const assignment = findAssignment(message.stageId, message.entryId);
  if (assignment) {
    Object.assign(assignment.sheet, { status: 'open', reopenReason: message.reason, reopenedBy: message.by ?? undefined, reopenedAt: message.at });
    session.setMe(state.me);
    render();
  }
  await refresh();
  render();
}

// Every change re-renders the view (an answer arriving, a refresh, a push): what the judge is typing in a field at that
// moment is kept, and the field keeps the focus, or a measurement typed while the last mark's answer came would be lost.
function render() {
  const restore = keepTyping($('#view'));
  renderView();
  restore();
}

function keepTyping(root) {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement) || !root.contains(active) || !active.name) return () => {};
  const card = active.closest('[data-name]');
  const selector = `${card ? `[data-name="${CSS.escape(card.dataset.name)}"] ` : ''}input[name="${CSS.escape(active.name)}"]`;
  const { value, selectionStart, selectionEnd } = active;
  return () => {
    const again = root.querySelector(selector);
    if (!again || again === active || again.disabled) return;
    again.value = value;
    again.focus();
    try { again.setSelectionRange(selectionStart, selectionEnd); } catch { /* number inputs have no selection */ }
  };
}

function renderView() {
  applyI18n();
  const view = $('#view');
  const waiting = actions.waitingCount();
  const status = $('#connection');
  status.dataset.state = link.answers ? 'online' : 'offline';
  status.textContent = `${t(status.dataset.state === 'online' ? 'judge.online' : 'judge.offline')}${waiting ? ' · ' + t('judge.waitingCount', { n: waiting }) : ''}`;
  $('#outbox-count').textContent = String(waiting);
  $('#sign-out').hidden = !session.token();
  if (!session.token() || !state.me) { replace($('#who'), ''); replace(view, renderSignIn(state, actions)); push.follow(null); return; }
  push.follow(session.token());
  replace($('#who'), state.me.name, state.me.chief ? ` · ${t('judge.chief')}` : '');
  if (state.reviewOpen && state.reviews.has(state.reviewOpen)) { replace(view, renderReview(state, actions, state.reviewOpen)); return; }
  if (state.chief.categoryId && state.me.chief) { replace(view, renderChief(state, actions)); return; }
  const open = state.open && findAssignment(state.open.stageId, state.open.entryId);
  const labour = state.me.assignments?.some(a => a.roundId);
  replace(view, open ? (open.roundId ? renderUnit : renderSheet)(state, actions, open)
    : h('div', {}, renderReopened(state, actions), renderReviewBanner(state, actions), renderChiefBanner(state, actions),
      (labour ? renderUnits : renderList)(state, actions)));
}

addEventListener('online', () => { render(); refreshSoon(); });
addEventListener('offline', () => render());
document.addEventListener('langchange', render);

// Keeps assignments current (a reopened sheet, a stage opening) whenever nothing is waiting.
async function refreshSoon() {
  if (outbox.items().length) await outbox.flush();
  if (!outbox.items().length && navigator.onLine) { await refresh(); render(); }
}
setInterval(refreshSoon, 20000);

const fragmentToken = tokenFromFragment();
render();
if (fragmentToken) actions.signIn(fragmentToken);
else if (session.token()) { refresh().then(render); outbox.flush(); }
