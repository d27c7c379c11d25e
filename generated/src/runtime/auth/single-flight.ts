// One renewal at a time: every caller that needs a new token while one is being fetched
// waits for that same fetch.

export class SingleFlight<T> {
  #pending: Promise<T> | undefined;

  run(work: () => Promise<T>): Promise<T> {
    if (!this.#pending) {
      const pending = work().finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
      this.#pending = pending;
    }
    return this.#pending;
  }
}
