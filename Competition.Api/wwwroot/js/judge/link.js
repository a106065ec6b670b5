// Whether the SERVER answers, which navigator.onLine cannot tell (the venue Wi-Fi up and the server down, or a
// captive portal): the outcome of the tablet's last request, and while the tablet has nothing else to send, a
// light probe of /health/live (it touches no database) every few seconds.
export class ServerLink {
  #last = 0;

  constructor({ onChange, idle, everyMs = 5000 }) {
    Object.assign(this, { onChange, idle, everyMs, answers: navigator.onLine });
    setInterval(() => { if (this.idle() && Date.now() - this.#last >= this.everyMs) this.probe(); }, 1000);
    addEventListener('offline', () => this.noted(false));
    addEventListener('online', () => this.probe());
  }

  // Every request's outcome: true when the server answered (whatever it said), false when it could not be reached.
  noted(answered) {
    this.#last = Date.now();
    if (answered === this.answers) return;
    this.answers = answered;
    this.onChange(answered);
  }

  async probe() {
    this.#last = Date.now();
    try {
      this.noted((await fetch('/health/live', { cache: 'no-store' })).ok);
    } catch {
      this.noted(false);
    }
  }
}
