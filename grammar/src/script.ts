/**
 * Which language a policy is written in decides the language of every message about it.
 * Keywords say English or Chinese; characters that differ between the scripts say which script.
 */
import type { Locale } from "./locale.ts";

const SIMPLIFIED_ONLY = "责层级务错规条与为这说时关适应举认调证诉给书单项围发机门阈讯达设类标细间经岗资险护医师协结题处备检测签约应质违损启动触总银户诊术须须问节须复审报县乡镇贫学课";
const TRADITIONAL_ONLY = "責層級務錯規條與為這說時關適應舉認調證訴給書單項圍發機門閾訊達設類標細間經崗資險護醫師協結題處備檢測簽約應質違損啟動觸總銀戶診術須問節復審報縣鄉鎮貧學課";

/** +1 for a traditional-only character, -1 for a simplified-only one, by UTF-16 code (all are BMP). */
const SCRIPT_SCORE = new Int8Array(0x10000);
for (const char of SIMPLIFIED_ONLY) SCRIPT_SCORE[char.charCodeAt(0)] = -1;
for (const char of TRADITIONAL_ONLY) SCRIPT_SCORE[char.charCodeAt(0)] = 1;
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

/**
 * Decides the document language from the words that structure it (keywords and field names);
 * prose inside strings may quote any language, so it only breaks a tie between the scripts.
 */
export function detectLocale(structuralWords: readonly string[], fullText: string): Locale {
  return detectLocaleFrom(structuralWords, fullText).locale;
}

/** The locale, and whether the text had to be read for it (the structural words did not decide). */
export function detectLocaleFrom(structuralWords: readonly string[], fullText: string): { locale: Locale; readText: boolean } {
  let han = 0;
  let latin = 0;
  for (const word of structuralWords) {
    if (HAN.test(word)) han++;
    else latin++;
  }
  if (han === 0 && latin > 0) return { locale: "en", readText: false };
  if (han === 0 && !HAN.test(fullText.slice(0, 4096))) return { locale: "en", readText: true };
  if (han < latin) return { locale: "en", readText: false };
  const structural = structuralWords.join("");
  const fromStructure = compareScripts(structural);
  if (fromStructure !== 0) return { locale: fromStructure > 0 ? "zh-Hant" : "zh-Hans", readText: false };
  const fromText = compareScripts(fullText.length > 65536 ? fullText.slice(0, 65536) : fullText);
  return { locale: fromText > 0 ? "zh-Hant" : "zh-Hans", readText: true };
}

/** Positive when traditional-only characters outnumber simplified-only ones. */
function compareScripts(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) score += SCRIPT_SCORE[text.charCodeAt(i)]!;
  return score;
}
