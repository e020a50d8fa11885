/** Runs `work` inside a User Timing measure named `name` (read by the e2e tests and the benchmark). */
export function measured<T>(name: string, work: () => T, detail?: unknown): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now(), detail });
  return result;
}
