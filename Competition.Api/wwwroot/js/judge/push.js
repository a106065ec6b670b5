// The hub tells this tablet at once when one of its judge's sheets is reopened (sheetReopened, with the reason), so
// the judge need not wait for the next poll. The tablet signs in on the connection with its judge token
// (WatchSheets), again after every reconnect: a new connection is a new sign-in. The poll stays as the safety net.
export class SheetPush {
  #connection = null;
  #token = null;

  // onState(true) once the connection is signed in (pushes will come), onState(false) when it is down or signed out.
  constructor({ onReopened, onState = () => {} }) {
    Object.assign(this, { onReopened, onState });
  }

  // Signs the connection in with this token (null: signed out, the connection closes).
  async follow(token) {
    if (token === this.#token) return;
    this.#token = token;
    if (!token) { this.onState(false); await this.#connection?.stop(); this.#connection = null; return; }
    if (!this.#connection) this.#connection = this.#build();
    await this.#start();
  }

  #build() {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/leaderboard')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10000, 500 * 2 ** ctx.previousRetryCount) })
      .configureLogging(signalR.LogLevel.None)
      .build();
    // Handlers return nothing: a value would be taken as a reply the server never asked for.
    connection.on('sheetReopened', message => { this.onReopened(message); });
    connection.onreconnecting(() => this.onState(false));
    connection.onreconnected(() => this.#signIn());
    connection.onclose(() => { this.onState(false); if (this.#token) setTimeout(() => this.#start(), 5000); });
    return connection;
  }

  async #start() {
    const connection = this.#connection;
    if (!connection) return;
    if (connection.state === signalR.HubConnectionState.Connected) return this.#signIn();
    if (connection.state !== signalR.HubConnectionState.Disconnected) return;
    try {
      await connection.start();
      await this.#signIn();
    } catch {
      setTimeout(() => this.#start(), 5000);
    }
  }

  // A refused token is the sign-in's business (the next request says so in plain words), not the push's.
  async #signIn() {
    if (!this.#token || !this.#connection) return;
    try {
      await this.#connection.invoke('WatchSheets', this.#token);
      this.onState(true);
    } catch {
      this.onState(false);
    }
  }
}
