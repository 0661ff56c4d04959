/**
 * `npm run build`'s last step (bundled to dist/write-assets.js and run once): builds the client
 * assets and writes them to dist/assets/, where the built server reads them.
 */
import { BUILT_ASSETS_DIR, buildAssets, writeAssets } from "./assets.js";

writeAssets(buildAssets(), BUILT_ASSETS_DIR);
