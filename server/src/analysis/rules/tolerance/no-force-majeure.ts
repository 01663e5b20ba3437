/**
 * tolerance/no-force-majeure — a policy that sets duties but has no force-majeure exemption in
 * it or its imports. Without one, a flood, an earthquake or a regional outage that makes a duty
 * impossible still counts as a breach by the holder.
 */
import type { Rule } from "../rule.ts";
import { clauseLabel, LISTED } from "../rule.ts";

const MESSAGE = {
  en: "No exemption in this policy or its imports has `grounds: force_majeure`: a flood, an earthquake or a regional outage that makes a duty impossible would still count as the holder's breach. Civil Code art. 180 exempts from civil liability whoever cannot perform because of force majeure — circumstances that are unforeseeable, unavoidable and insurmountable — unless a law provides otherwise. Add `exemption force_majeure { covers: {duties}  grounds: force_majeure  when: \"…\"  basis: civil-code/180 }`.",
  "zh-Hans": "本政策及其导入的文件中没有“事由：不可抗力”的免责条款：洪水、地震或大范围停电等使责任无法履行的情形，仍会被算作责任人违反。《民法典》第一百八十条规定，因不可抗力不能履行民事义务的，不承担民事责任，法律另有规定的依照其规定；不可抗力是不能预见、不能避免且不能克服的客观情况。请增加：免责 不可抗力 { 适用：{duties}  事由：不可抗力  条件：「……」  依据：民法典 第一百八十条 }。",
  "zh-Hant": "本政策及其導入的檔案中沒有「事由：不可抗力」的免責條款：洪水、地震或大範圍停電等使責任無法履行的情形，仍會被算作責任人違反。《民法典》第一百八十條規定，因不可抗力不能履行民事義務的，不承擔民事責任，法律另有規定的依照其規定；不可抗力是不能預見、不能避免且不能克服的客觀情況。請增加：免責 不可抗力 { 適用：{duties}  事由：不可抗力  條件：「……」  依據：民法典 第一百八十條 }。",
};

/** For more duties than a message lists: a slot in the snippet, as other messages write `<tier>`. */
const ALL_DUTIES = {
  en: "<the {count} duties>",
  "zh-Hans": "<全部{count}项责任>",
  "zh-Hant": "<全部{count}項責任>",
};

export const noForceMajeure: Rule = {
  meta: {
    id: "tolerance/no-force-majeure",
    severity: "warning",
    summary: {
      en: "A policy with duties but no force-majeure exemption.",
      "zh-Hans": "政策设定了责任，却没有不可抗力免责条款。",
      "zh-Hant": "政策設定了責任，卻沒有不可抗力免責條款。",
    },
    why: {
      en: "Nobody should answer for what nobody could foresee, avoid or overcome. When a policy does not say so, a duty made impossible by a flood or an outage is read as a breach, and holders respond by refusing duties they cannot guarantee. The Civil Code states the principle for civil obligations; a policy should state it for its own duties.",
      "zh-Hans": "对不能预见、不能避免且不能克服的情况，任何人都不应担责。政策不写明这一点，洪水、停电导致无法履行的责任就会被当作违反，责任人只好拒绝承担无法保证结果的工作。《民法典》对民事义务规定了这一原则，政策也应对本身设定的责任写明。",
      "zh-Hant": "對不能預見、不能避免且不能克服的情況，任何人都不應擔責。政策不寫明這一點，洪水、停電導致無法履行的責任就會被當作違反，責任人只好拒絕承擔無法保證結果的工作。《民法典》對民事義務規定了這一原則，政策也應對本身設定的責任寫明。",
    },
    instead: {
      en: "Add an exemption with `grounds: force_majeure` covering the duties, with `when:` saying what counts and what the holder must still do afterwards, and `basis: civil-code/180`.",
      "zh-Hans": "增加“事由：不可抗力”的免责条款，适用于各项责任，用“条件”写明哪些情形属于不可抗力、事后责任人仍须做什么，并写“依据：民法典 第一百八十条”。",
      "zh-Hant": "增加「事由：不可抗力」的免責條款，適用於各項責任，用「條件」寫明哪些情形屬於不可抗力、事後責任人仍須做什麼，並寫「依據：民法典 第一百八十條」。",
    },
    laws: ["civil-code/180"],
  },
  check(context) {
    const duties = context.file.duties;
    const [firstDuty] = duties;
    if (!firstDuty) return;
    const exempted = context.model.all("exemption").some((exemption) => exemption.grounds?.value === "force_majeure");
    if (exempted) return;
    const anchor = context.file.accountabilities[0] ?? context.file.policy;
    const span = anchor ? anchor.block.keyword.span : (firstDuty.name?.span ?? firstDuty.block.keyword.span);
    const names = duties.map((duty) => duty.name?.text).filter((name): name is string => name !== undefined);
    const separator = context.locale === "en" ? ", " : "，";
    context.report({
      span,
      // The snippet stays Duty a drafter can copy: the names, or a slot when there are many (the
      // quick fix writes them all, from the data).
      message: context.say(MESSAGE, {
        duties: names.length === 0 ? clauseLabel(firstDuty) : names.length <= LISTED ? names.join(separator) : context.say(ALL_DUTIES, { count: names.length }),
      }),
      clause: anchor ?? firstDuty,
      data: { missingClause: "force_majeure_exemption", covers: names },
    });
  },
};
