/**
 * The fixed mix of search queries the benchmarks use: Chinese of one, two and three characters,
 * one and several English words, phrases.
 */
export const SEARCH_QUERIES: { q: string; lang: string }[] = [
  { q: "爱", lang: "zh" },
  { q: "心", lang: "zh" },
  { q: "依恋", lang: "zh" },
  { q: "冷战", lang: "zh" },
  { q: "沟通", lang: "zh" },
  { q: "信任", lang: "zh" },
  { q: "安全感", lang: "zh" },
  { q: "小步骤", lang: "zh" },
  { q: "冷战 修复", lang: "zh" },
  { q: "partner", lang: "en" },
  { q: "silence", lang: "en" },
  { q: "reassurance", lang: "en" },
  { q: "stonewalling", lang: "en" },
  { q: "partner trust", lang: "en" },
  { q: "repair conflict pattern", lang: "en" },
  { q: '"small step"', lang: "en" },
  { q: "kitchen morning ritual", lang: "all" },
  { q: "依恋 attachment", lang: "all" },
];
