// Plain words for a refusal, decided from what the server now says about the sheet and its stage or round.
// Notes are kept as message keys so they follow a language switch.
import { ApiError } from '../api.js';
import { describeText } from '../errors.js';
import { stageOf } from './stages.js';

export const placeOf = assignment => assignment.stageId ?? assignment.roundId;

export function explain(state, assignment, item, error) {
  if (!(error instanceof ApiError)) return { text: describeText(error) };
  const stage = stageOf(state.contest, item.stageId);
  if (error.status === 403) return { key: 'judge.err.recused' };
  if (error.status === 409) {
    if (assignment?.sheet?.status === 'submitted') return { key: 'judge.err.submitted' };
    if ((assignment?.stageStatus ?? assignment?.roundStatus ?? stage?.status) !== 'open') return { key: item.round ? 'judge.err.frozen' : 'judge.err.closed' };
    const text = `${error.problem.title ?? ''} ${error.problem.detail ?? ''}`;
    // The server's words are in the page's language (api.js sends it): English or Chinese.
    return { key: /submit|提交/i.test(text) ? 'judge.err.submitted' : /clos|open|frozen|freez|关闭|开放|冻结/i.test(text) ? (item.round ? 'judge.err.frozen' : 'judge.err.closed') : 'judge.err.conflict' };
  }
  if (error.status === 400) return { key: 'judge.err.points' };
  return { text: describeText(error) };
}

// The refusal is news about the server's state; the read model behind /api/judge/me may not
// show it yet, so the tablet applies it at once (the next refresh confirms it).
export function learnFrom(state, assignment, item, note) {
  if (note.key === 'judge.err.closed' || note.key === 'judge.err.frozen')
    for (const other of state.me?.assignments ?? []) {
      if (placeOf(other) !== item.stageId) continue;
      if (other.roundId) other.roundStatus = other.roundStatus === 'open' ? 'frozen' : other.roundStatus;
      else other.stageStatus = 'closed';
    }
  if (note.key === 'judge.err.submitted' && assignment) assignment.sheet.status = 'submitted';
}
