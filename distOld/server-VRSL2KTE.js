import {
  createSite,
  ensureStarterContent,
  openConfiguredDatabase
} from "./chunk-PIRUVKMM.js";
import "./chunk-X2YEABQG.js";
import "./chunk-XP5XC5PF.js";
export {
  createSite,
  ensureStarterContent,
  openConfiguredDatabase
};
//# sourceMappingURL=server-VRSL2KTE.js.map
