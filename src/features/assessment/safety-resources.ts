/**
 * Where to turn when answers suggest fear or abuse. Defaults are widely published national
 * services; an operator replaces them with SAFETY_RESOURCES_FILE.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Lang } from "../../db/schema.js";

export interface SafetyResource {
  name: string;
  contact: string;
}

export const SAFETY_RESOURCES: Record<Lang, SafetyResource[]> = {
  en: [
    { name: "In immediate danger", contact: "Call your local emergency number: 911 (US, Canada), 999 (UK), 112 (EU)" },
    { name: "National Domestic Violence Hotline (US)", contact: "1-800-799-7233, or text START to 88788" },
    { name: "National Domestic Abuse Helpline (UK)", contact: "0808 2000 247, free, 24 hours" },
  ],
  zh: [
    { name: "遇到紧急危险", contact: "请立即拨打 110 报警，需要急救请拨打 120" },
    { name: "全国妇联妇女维权公益服务热线", contact: "12338" },
    { name: "身在海外", contact: "请拨打当地的紧急电话（如美国 911、英国 999、欧盟 112）" },
  ],
};

const ResourcesSchema = z.object({
  en: z.array(z.object({ name: z.string().trim().min(1).max(200), contact: z.string().trim().min(1).max(500) })).min(1),
  zh: z.array(z.object({ name: z.string().trim().min(1).max(200), contact: z.string().trim().min(1).max(500) })).min(1),
});

/**
 * The operator's own list (SAFETY_RESOURCES_FILE, JSON `{"en": [{name, contact}], "zh": [...]}`),
 * validated at start — a broken file stops the server rather than showing nothing — or the defaults.
 */
export function loadSafetyResources(file: string | undefined): Record<Lang, SafetyResource[]> {
  if (!file) return SAFETY_RESOURCES;
  const parsed = ResourcesSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(`Invalid SAFETY_RESOURCES_FILE ${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}
