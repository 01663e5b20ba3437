/**
 * Editor settings (`duty.*`) mirror `.duty.json`: they are data, validated field by field, and
 * anything malformed is ignored rather than trusted.
 */
import { LOCALES, type Locale } from "../../../grammar/src/index.ts";
import type { ConfigOverrides, Level } from "../analysis/config.ts";

export const SETTINGS_SECTION = "duty";

const LEVELS = new Set(["error", "warning", "info", "off"]);

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.length > 0) : [];
}

export function readSettings(raw: unknown): ConfigOverrides {
  if (typeof raw !== "object" || raw === null) return {};
  const settings = raw as Record<string, unknown>;
  const locale = settings["locale"];
  const rules: Record<string, Level> = {};
  const rawRules = settings["rules"];
  if (typeof rawRules === "object" && rawRules !== null) {
    for (const [id, level] of Object.entries(rawRules)) {
      if (/^[a-z]+\/[a-z-]+$/.test(id) && typeof level === "string" && LEVELS.has(level)) rules[id] = level as Level;
    }
  }
  const extraVagueTerms = strings(settings["extraVagueTerms"]);
  const lawFiles = strings(settings["extraLawFiles"]);
  return {
    ...(typeof locale === "string" && (LOCALES as readonly string[]).includes(locale) ? { locale: locale as Locale } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(extraVagueTerms.length > 0 ? { extraVagueTerms } : {}),
    ...(lawFiles.length > 0 ? { lawFiles } : {}),
  };
}
