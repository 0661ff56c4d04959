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
 * hono/jsx looks for AsyncLocalStorage once, at its first render: through
 * `process.getBuiltinModule`, then (under a CommonJS entry point, as a process manager's wrapper may
 * be) through `process.mainModule.require`. `renderWithoutAsyncContext` performs that first render
 * with both answering "none", then puts them back: nothing else can run in between. Call it before
 * anything renders. Node ≥ 24 (AsyncContextFrame by default; behind a flag on 22) makes all this
 * moot; `jsx-async-context.test.ts` tells when it stops working or stops being needed.
 */
import { jsx } from "hono/jsx";

let applied = false;

export function renderWithoutAsyncContext(): void {
  if (applied) return;
  applied = true;
  const getBuiltinModule = process.getBuiltinModule;
  const found = Object.getOwnPropertyDescriptor(process, "mainModule");
  const mainModule = found?.configurable ? found : undefined;
  if (typeof getBuiltinModule === "function")
    process.getBuiltinModule = ((id: string) =>
      id === "node:async_hooks" || id === "async_hooks" ? undefined : getBuiltinModule.call(process, id)) as typeof getBuiltinModule;
  if (mainModule)
    Object.defineProperty(process, "mainModule", { configurable: true, enumerable: mainModule.enumerable, writable: true, value: undefined });
  try {
    String(jsx("i", {}));
  } finally {
    if (typeof getBuiltinModule === "function") process.getBuiltinModule = getBuiltinModule;
    if (mainModule) Object.defineProperty(process, "mainModule", mainModule);
  }
}
