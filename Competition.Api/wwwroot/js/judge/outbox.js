// Marks and sheet submissions wait here, in localStorage, until the server has answered them,
// so a lost connection or a reloaded tab loses nothing. Items go out strictly in order; an item
// leaves the box only once answered, so a reload mid-send sends it again — harmless: each item
// carries one Idempotency-Key for all its resends, and the server writes a key at most once.
import { ApiError } from '../api.js';

export const sameTarget = (a, b) =>
  a.kind === b.kind && a.stageId === b.stageId && a.entryId === b.entryId && a.criterionId === b.criterionId;

// 401 is not a refusal of the mark but of the token: keep the mark until the judge signs in again.
const isRefusal = error => error instanceof ApiError && error.status >= 400 && error.status < 500 && ![401, 408, 429].includes(error.status);

// crypto.randomUUID needs a secure context; a venue tablet may reach the server over plain http.
const newRequestId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');

export class Outbox {
  #flushing = null;
  #retry = null;

  constructor(storageKey, send, onResult) {
    Object.assign(this, { storageKey, send, onResult });
    addEventListener('online', () => this.flush());
  }

  items() { return JSON.parse(localStorage.getItem(this.storageKey) ?? '[]'); }
  #save(items) { localStorage.setItem(this.storageKey, JSON.stringify(items)); }

  // A newer mark for the same criterion replaces a waiting one: only the latest value matters,
  // and it moves to the back so the order of the judge's last actions is kept.
  add(item) {
    const items = this.items().filter(waiting => !(item.kind === 'mark' && sameTarget(waiting, item)));
    items.push({ ...item, queuedAt: new Date().toISOString(), requestId: newRequestId() });
    this.#save(items);
    this.onResult({ item, state: 'queued' });
    return this.flush();
  }

  flush() {
    this.#flushing ??= this.#drain().finally(() => { this.#flushing = null; });
    return this.#flushing;
  }

  async #drain() {
    clearTimeout(this.#retry);
    for (let item = this.items()[0]; item; item = this.items()[0]) {
      try {
        const answer = await this.send(item);
        this.#remove(item);
        this.onResult({ item, state: 'sent', answer });
      } catch (error) {
        // A refusal (4xx) will not change by resending: report it and move on. Anything else
        // (no network, 5xx) waits and is tried again, keeping the order.
        if (isRefusal(error)) {
          this.#remove(item);
          this.onResult({ item, state: 'refused', error });
          continue;
        }
        this.onResult({ item, state: error instanceof ApiError && error.status === 401 ? 'unauthorized' : 'waiting', error });
        this.#retry = setTimeout(() => this.flush(), 4000);
        return;
      }
    }
  }

  #remove(item) {
    const items = this.items();
    const at = items.findIndex(other => sameTarget(other, item) && other.queuedAt === item.queuedAt);
    if (at >= 0) items.splice(at, 1);
    this.#save(items);
  }
}
