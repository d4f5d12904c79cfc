import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveRunner, type LiveResult } from "./live";

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("LiveRunner", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once for a burst of changes, with the last text", async () => {
    const inputs: string[] = [];
    const applied: LiveResult<number>[] = [];
    const runner = new LiveRunner<number>(150, async (t) => (inputs.push(t), t.length), (r) => applied.push(r));
    runner.schedule("a");
    await vi.advanceTimersByTimeAsync(100);
    runner.schedule("ab");
    await vi.advanceTimersByTimeAsync(100);
    expect(inputs).toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    expect(inputs).toEqual(["ab"]);
    expect(applied.map((r) => [r.input, r.value])).toEqual([["ab", 2]]);
  });

  it("applies answers in order, the newer request only after the older one", async () => {
    const slow = deferred<string>();
    const applied: string[] = [];
    const runner = new LiveRunner<string>(10, (t) => (t === "old" ? slow.promise : Promise.resolve(t)), (r) => applied.push(r.value));
    runner.schedule("old");
    await vi.advanceTimersByTimeAsync(10);
    runner.schedule("new");
    await vi.advanceTimersByTimeAsync(10);
    expect(applied).toEqual([]);
    slow.resolve("old");
    await vi.advanceTimersByTimeAsync(0);
    expect(applied).toEqual(["old", "new"]);
  });

  it("reports failures of the latest request and nothing after stop", async () => {
    const errors: unknown[] = [];
    const applied: string[] = [];
    const runner = new LiveRunner<string>(10, async (t) => {
      if (t === "bad") throw new Error("nope");
      return t;
    }, (r) => applied.push(r.value), (e) => errors.push(e));
    runner.schedule("bad");
    await vi.advanceTimersByTimeAsync(10);
    expect(errors).toHaveLength(1);
    runner.stop();
    runner.schedule("good");
    await vi.advanceTimersByTimeAsync(20);
    expect(applied).toEqual([]);
  });

  it("keeps one request in flight and follows it with the latest text only", async () => {
    const first = deferred<string>();
    const inputs: string[] = [];
    const applied: LiveResult<string>[] = [];
    const runner = new LiveRunner<string>(0, (t) => {
      inputs.push(t);
      return t === "a" ? first.promise : Promise.resolve(t);
    }, (r) => applied.push(r));
    runner.schedule("a");
    expect(inputs).toEqual(["a"]);
    runner.schedule("ab");
    runner.schedule("abc");
    expect(inputs).toEqual(["a"]);
    first.resolve("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(inputs).toEqual(["a", "abc"]);
    expect(applied.map((r) => r.value)).toEqual(["a", "abc"]);
    // The follow-up's latency counts from the first change it carries, made during the first request.
    expect(applied[1].since).toBeLessThanOrEqual(applied[1].started);
    expect(applied[1].since).toBeGreaterThanOrEqual(applied[0].started);
  });
});
