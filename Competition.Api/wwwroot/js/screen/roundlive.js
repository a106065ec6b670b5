// A labour round's board over SignalR: WatchRoundTop(contestId, roundId, top) → "round" messages (the same JSON as
// GET …/rounds/{rid}/leaderboard?top=). A board is taken only when its sequence is newer than the one shown; while the
// hub is down the board is read by GET instead.
import { api, contestPath } from '../api.js';

export class RoundLive {
  #connection;
  #watched = null; // { contestId, roundId, top }
  #sequences = new Map();

  constructor({ onBoard, onState = () => {}, pollSeconds = 10 }) {
    Object.assign(this, { onBoard, onState, pollSeconds });
  }

  async start() {
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/leaderboard')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10000, 500 * 2 ** ctx.previousRetryCount) })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    this.#connection.on('round', board => { this.accept(board); });
    this.#connection.onreconnecting(() => this.onState('reconnecting'));
    this.#connection.onreconnected(() => { this.onState('live'); this.#invoke(); });
    this.#connection.onclose(() => { this.onState('offline'); setTimeout(() => this.#connect(), 5000); });
    setInterval(() => { if (this.#connection.state !== signalR.HubConnectionState.Connected) this.fetch(); }, this.pollSeconds * 1000);
    await this.#connect();
  }

  async #connect() {
    if (this.#connection.state !== signalR.HubConnectionState.Disconnected) return;
    try {
      await this.#connection.start();
      this.onState('live');
      await this.#invoke();
    } catch {
      this.onState('offline');
      setTimeout(() => this.#connect(), 5000);
    }
  }

  accept(board) {
    if (!board?.roundId || board.roundId !== this.#watched?.roundId) return false;
    if (this.#sequences.has(board.roundId) && !(board.sequence > this.#sequences.get(board.roundId))) return false;
    this.#sequences.set(board.roundId, board.sequence);
    this.onBoard(board);
    return true;
  }

  async watch(contestId, roundId, top) {
    const previous = this.#watched;
    if (previous?.roundId === roundId) return;
    this.#watched = { contestId, roundId, top };
    this.#sequences.delete(roundId);
    if (previous && this.#connected()) await this.#connection.invoke('UnwatchRound', previous.contestId, previous.roundId).catch(() => {});
    await this.fetch();
    await this.#invoke();
  }

  async fetch() {
    const w = this.#watched;
    if (!w) return;
    try { this.accept(await api('GET', contestPath(w.contestId, `/rounds/${w.roundId}/leaderboard?top=${w.top}`))); } catch { /* the hub or the next poll */ }
  }

  #connected() { return this.#connection?.state === signalR.HubConnectionState.Connected; }

  async #invoke() {
    const w = this.#watched;
    if (w && this.#connected()) await this.#connection.invoke('WatchRoundTop', w.contestId, w.roundId, w.top).catch(() => {});
  }
}
