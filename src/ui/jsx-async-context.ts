/**
 * Rendering our views without AsyncLocalStorage.
 *
 * hono/jsx keeps a render's context values in an AsyncLocalStorage when the runtime has one (so
 * that `useContext()` still works after an `await` inside an async component). On Node 20 the first
 * `AsyncLocalStorage.run()` turns on async hooks for the rest of the process, and from then on every
 * request pays for them — cached pages included: one process serves ~10 % fewer article pages
 * (31.4k vs 28.6k req/s, eight alternating rounds; docs/PERFORMANCE.md). Our views are synchronous
 * and use no JSX context, so they lose nothing on hono/jsx's own fallback for runtimes without
 * AsyncLocalStorage (a store that lives for the synchronous render).
 *
 * hono/jsx looks for AsyncLocalStorage once, at its first render, through
 * `process.getBuiltinModule`. `renderWithoutAsyncContext` performs that first render with the
 * lookup answering "none", then puts `process.getBuiltinModule` back: nothing else can run in
 * between. Call it before anything renders. Node ≥ 22 (AsyncContextFrame) makes all this moot;
 * `jsx-async-context.test.ts` tells when it stops working or stops being needed.
 */
import { jsx } from "hono/jsx";

let applied = false;

export function renderWithoutAsyncContext(): void {
  if (applied) return;
  applied = true;
  const original = process.getBuiltinModule;
  if (typeof original !== "function") return; // hono/jsx finds no AsyncLocalStorage on such a Node either
  const withoutAsyncHooks = ((id: string) =>
    id === "node:async_hooks" || id === "async_hooks" ? undefined : original.call(process, id)) as typeof original;
  process.getBuiltinModule = withoutAsyncHooks;
  try {
    String(jsx("i", {}));
  } finally {
    process.getBuiltinModule = original;
  }
}
