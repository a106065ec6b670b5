// Live leaderboards over SignalR (hub /hubs/leaderboard, Watch/Unwatch, messages "leaderboard"
// and "awards"). Boards can arrive out of order (a GET racing a push, a reconnect), so a board is
// accepted only when its sequence is newer than the one already shown for that category.
import { api, contestPath } from './api.js';

const key = (contestId, categoryId) => `${contestId}/${categoryId}`;

export class LiveBoards {
  #connection;
  #watched = new Map(); // key → the window's size, or null for the whole board
  #sequences = new Map();
  #poll;

  constructor({ onBoard, onAwards = () => {}, onReveal = () => {}, onState = () => {}, pollSeconds = 15 }) {
    Object.assign(this, { onBoard, onAwards, onReveal, onState, pollSeconds });
  }

  async start() {
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/leaderboard')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10000, 500 * 2 ** ctx.previousRetryCount) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    // Handlers return nothing: a value would be taken as a reply the server never asked for (and logged as such).
    this.#connection.on('leaderboard', board => { this.accept(board); });
    this.#connection.on('awards', awards => { this.#awards(awards); });
    this.#connection.on('reveal', step => { this.onReveal(step); });
    this.#connection.onreconnecting(() => this.onState('reconnecting'));
    this.#connection.onreconnected(() => { this.onState('live'); this.#rewatch(); });
    this.#connection.onclose(() => {
      if (this.stopped) return;
      this.onState('offline');
      setTimeout(() => this.#connect(), 5000);
    });
    // Polling is the safety net while the hub is unreachable; boards still pass the sequence check.
    this.#poll = setInterval(() => this.#pollIfDown(), this.pollSeconds * 1000);
    await this.#connect();
  }

  async #connect() {
    if (this.stopped || this.#connection.state !== signalR.HubConnectionState.Disconnected) return;
    try {
      await this.#connection.start();
      this.onState('live');
      await this.#rewatch();
    } catch {
      this.onState('offline');
      setTimeout(() => this.#connect(), 5000);
    }
  }

  accept(board) {
    if (!board?.categoryId) return false;
    const k = key(board.contestId, board.categoryId);
    if (this.#sequences.has(k) && !(board.sequence > this.#sequences.get(k))) return false;
    this.#sequences.set(k, board.sequence);
    this.onBoard(board);
    return true;
  }

  #awards(awards) {
    const only = this.#watched.size === 1 ? [...this.#watched.keys()][0].split('/')[1] : null;
    this.onAwards(awards.categoryId ?? only, awards);
  }

  // top: watch only the board's first rows (WatchTop, ?top=): a screen shows a window, not thousands of rows.
  async watch(contestId, categoryId, top = null) {
    this.#watched.set(key(contestId, categoryId), top);
    await this.fetch(contestId, categoryId);
    if (this.#connection?.state === signalR.HubConnectionState.Connected) await this.#invokeWatch(contestId, categoryId, top);
  }

  #invokeWatch(contestId, categoryId, top) {
    return (top ? this.#connection.invoke('WatchTop', contestId, categoryId, top) : this.#connection.invoke('Watch', contestId, categoryId))
      .catch(() => {});
  }

  async unwatch(contestId, categoryId) {
    this.#watched.delete(key(contestId, categoryId));
    if (this.#connection?.state === signalR.HubConnectionState.Connected)
      await this.#connection.invoke('Unwatch', contestId, categoryId).catch(() => {});
  }

  async fetch(contestId, categoryId) {
    try {
      const top = this.#watched.get(key(contestId, categoryId));
      this.accept(await api('GET', contestPath(contestId, `/categories/${categoryId}/leaderboard${top ? `?top=${top}` : ''}`)));
    } catch { /* the hub or the next poll brings it */ }
  }

  async #rewatch() {
    for (const [k, top] of this.#watched) {
      const [contestId, categoryId] = k.split('/');
      await this.#invokeWatch(contestId, categoryId, top);
    }
  }

  #pollIfDown() {
    if (this.#connection?.state === signalR.HubConnectionState.Connected) return;
    for (const k of this.#watched.keys()) this.fetch(...k.split('/'));
  }

  stop() {
    this.stopped = true;
    clearInterval(this.#poll);
    return this.#connection?.stop();
  }
}
