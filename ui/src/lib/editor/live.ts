// Debounced background work for the editor (render, validate): waits until typing pauses for
// `delay` ms, runs the latest text only, and drops answers that a newer request overtook.

export interface LiveResult<T> {
  /** The input the answer is for. */
  input: string;
  value: T;
  /** `performance.now()` of the first change this answer reflects (for latency marks). */
  since: number;
}

export class LiveRunner<T> {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #sequence = 0;
  #since: number | null = null;
  #stopped = false;

  constructor(
    private readonly delay: number,
    private readonly work: (input: string) => Promise<T>,
    private readonly apply: (result: LiveResult<T>) => void,
    private readonly fail: (error: unknown) => void = () => {},
  ) {}

  /** `input` changed: run the work on it once changes pause (`immediate`: right away). */
  schedule(input: string, immediate = false): void {
    if (this.#stopped) return;
    this.#since ??= performance.now();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(input), immediate ? 0 : this.delay);
  }

  /** Stop: pending and running work is dropped. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #run(input: string): Promise<void> {
    this.#timer = null;
    const sequence = ++this.#sequence;
    const since = this.#since ?? performance.now();
    this.#since = null;
    try {
      const value = await this.work(input);
      if (sequence === this.#sequence && !this.#stopped) this.apply({ input, value, since });
    } catch (error) {
      if (sequence === this.#sequence && !this.#stopped) this.fail(error);
    }
  }
}
