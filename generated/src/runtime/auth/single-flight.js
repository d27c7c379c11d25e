class SingleFlight {
  #pending;
  run(work) {
    if (!this.#pending) {
      const pending = work().finally(() => {
        if (this.#pending === pending) this.#pending = void 0;
      });
      this.#pending = pending;
    }
    return this.#pending;
  }
}
export {
  SingleFlight
};
