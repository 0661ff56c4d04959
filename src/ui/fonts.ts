/**
 * The CJK-capable font files (Noto Sans SC, TTF) used where the browser's fonts are not available:
 * share cards (satori) and PDFs (pdfkit). Read once, on first use.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let cache: { regular: Buffer; bold: Buffer } | undefined;

export function notoSansSc(): { regular: Buffer; bold: Buffer } {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const file = (weight: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`));
    cache = { regular: file("400Regular"), bold: file("700Bold") };
  }
  return cache;
}
