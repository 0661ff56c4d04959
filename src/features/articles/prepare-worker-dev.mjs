// Entry of the import's worker thread when running from TypeScript sources (tsx, tests): a
// worker does not inherit the parent's TypeScript loader, so it registers tsx itself first.
import { register } from "tsx/esm/api";

register();
await import("./prepare-worker.ts");
