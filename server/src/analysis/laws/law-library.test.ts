import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import ajvModule from "ajv/dist/2020.js";
import prc from "../../../laws/prc.json" with { type: "json" };
import schema from "../../../laws/law-library.schema.json" with { type: "json" };
import {
  LawLibrary,
  articleText,
  formatCitation,
  formatLawFileError,
  normalizeLawName,
  parseCitationText,
  validateLawFile,
  type CitationQuery,
  type CitationResolution,
  type Law,
  type LawArticle,
} from "./law-library.ts";
import { partMatch } from "./provision.ts";

const library = LawLibrary.builtIn();

function law(id: string): Law {
  const found = library.lawById(id);
  assert.ok(found, `law ${id} is in the library`);
  return found;
}

function article(lawId: string, number: number): LawArticle {
  const found = library.article(law(lawId), number);
  assert.ok(found, `${lawId} article ${number} is in the library`);
  return found;
}

function resolveText(text: string): CitationResolution {
  const query = parseCitationText(text);
  assert.ok(query, `"${text}" parses`);
  return library.resolve(query);
}

/** Exactly the provisions listed in the verified citation table, and nothing more. */
const EXPECTED_ARTICLES: Record<string, number[]> = {
  "civil-code": [180, 182, 184, 1198, 1199, 1200, 1201, 1219, 1220],
  "physicians-act": [25, 27, 55],
  "licensed-physicians-act": [],
  "anti-telecom-fraud-law": [9, 15, 18, 30, 34],
  "personal-information-protection-law": [5, 6, 13, 28, 29],
  "ccp-accountability-regulations": [17, 21],
  "three-distinctions": [0],
  "public-officials-sanctions-law": [11, 12, 55, 56],
  "civil-servant-law": [60, 95, 96, 97],
  "teachers-law": [8, 39],
  "minors-protection-law": [37],
  "student-injury-measures": [12, 13],
  "commercial-banking-law": [29, 33],
  "cash-management-regulations": [11],
  "anti-money-laundering-law": [30, 35],
  "large-transaction-reporting-measures": [5],
  "petition-work-regulations": [27, 32, 36, 42, 47],
};

/** Confidence other than "high", as the citation table gives it. */
const NOT_HIGH: Record<string, string> = {
  "ccp-accountability-regulations/17": "medium",
  "ccp-accountability-regulations/21": "medium-high",
  "student-injury-measures/12": "medium",
  "student-injury-measures/13": "medium",
  "large-transaction-reporting-measures/5": "medium",
};

describe("built-in law library: contents", () => {
  it("holds every law of the citation table under its id, and only the listed articles", () => {
    assert.deepEqual(
      library.laws.map((l) => l.id).sort(),
      Object.keys(EXPECTED_ARTICLES).sort(),
    );
    for (const [id, numbers] of Object.entries(EXPECTED_ARTICLES)) {
      assert.deepEqual(law(id).articles.map((a) => a.number), numbers, id);
    }
  });

  it("marks High entries verified and Medium / Medium-High ones unverified", () => {
    let high = 0;
    for (const l of library.laws) {
      for (const a of l.articles) {
        const key = `${l.id}/${a.number}`;
        const expected = NOT_HIGH[key] ?? "high";
        assert.equal(a.confidence, expected, key);
        assert.equal(a.verified, expected === "high", key);
        if (expected === "high") high++;
      }
    }
    assert.equal(high, 44);
  });

  it("quotes 民法典 第一千二百二十条 verbatim", () => {
    assert.equal(
      article("civil-code", 1220).text?.["zh-Hans"],
      "因抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见的，经医疗机构负责人或者授权的负责人批准，可以立即实施相应的医疗措施。",
    );
  });

  it("quotes 医师法 第二十七条 verbatim, paragraphs on separate lines", () => {
    assert.equal(
      article("physicians-act", 27).text?.["zh-Hans"],
      "对需要紧急救治的患者，医师应当采取紧急措施进行诊治，不得拒绝急救处置。\n" +
        "因抢救生命垂危的患者等紧急情况，不能取得患者或者其近亲属意见的，经医疗机构负责人或者授权的负责人批准，可以立即实施相应的医疗措施。\n" +
        "国家鼓励医师积极参与公共交通工具等公共场所急救服务；医师因自愿实施急救造成受助人损害的，不承担民事责任。",
    );
  });

  it("renders the traditional script (generated with OpenCC)", () => {
    const text = article("physicians-act", 27).text?.["zh-Hant"] ?? "";
    assert.ok(text.includes("醫師"), text);
    assert.ok(!text.includes("医师"), text);
    assert.equal(law("physicians-act").names["zh-Hant"], "中華人民共和國醫師法");
    for (const l of library.laws) {
      assert.ok(l.names.en && l.names["zh-Hans"] && l.names["zh-Hant"], `${l.id} has all three names`);
      for (const a of l.articles) {
        const where = `${l.id}/${a.number}`;
        assert.ok(a.gist.en && a.gist["zh-Hans"] && a.gist["zh-Hant"], `${where} has a gist in all three`);
        if (a.text !== null) {
          assert.ok(a.text["zh-Hans"] && a.text["zh-Hant"], `${where} has both scripts`);
          assert.equal(a.text.en, undefined, `${where} ships no English statute text`);
          assert.equal([...a.text["zh-Hans"]].length, [...a.text["zh-Hant"]].length, where);
        }
      }
    }
  });

  it("keeps 执业医师法 as repealed, with no article texts", () => {
    const repealed = law("licensed-physicians-act");
    assert.equal(repealed.status, "repealed");
    assert.equal(repealed.repealedOn, "2022-03-01");
    assert.equal(repealed.replacedBy?.law, "physicians-act");
    assert.equal(repealed.articles.length, 0);
  });

  it("never lets two laws share a name or alias", () => {
    const owner = new Map<string, string>();
    for (const l of library.laws) {
      for (const name of [l.names.en, l.names["zh-Hans"], l.names["zh-Hant"], ...l.aliases]) {
        if (name === undefined) continue;
        const key = normalizeLawName(name);
        const other = owner.get(key);
        assert.ok(other === undefined || other === l.id, `"${name}" names both ${other} and ${l.id}`);
        owner.set(key, l.id);
      }
    }
  });

  it("validates against the JSON Schema (ajv, draft 2020-12)", () => {
    const Ajv2020 = ajvModule.default;
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    const check = ajv.compile(schema);
    assert.equal(check(prc), true, JSON.stringify(check.errors, null, 2));
    const result = validateLawFile(prc, library);
    assert.deepEqual(result.errors, []);
    assert.equal(result.ok, true);
  });

  it("prc.json is what scripts/build-law-library.mjs makes of prc.source.json", function () {
    this.timeout(60_000);
    const script = fileURLToPath(new URL("../../../../scripts/build-law-library.mjs", import.meta.url));
    // Throws (failing the test) when the script exits non-zero, i.e. prc.json is stale.
    execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" });
  });
});

describe("parseCitationText", () => {
  const cases: [string, CitationQuery][] = [
    ["医师法 第27条", { law: "医师法", article: 27 }],
    ["醫師法 第二十七條", { law: "醫師法", article: 27 }],
    ["《中华人民共和国民法典》第一千二百二十条", { law: "中华人民共和国民法典", article: 1220 }],
    ["民法典第1220条", { law: "民法典", article: 1220 }],
    ["Physicians Act art. 27", { law: "Physicians Act", article: 27 }],
    ["Civil Code article 180", { law: "Civil Code", article: 180 }],
    ["Civil Servant Law arts. 95-97", { law: "Civil Servant Law", article: 95, articleTo: 97 }],
    ["physicians-act/27", { law: "physicians-act", article: 27 }],
    ["政务处分法 第五十五条第二款", { law: "政务处分法", article: 55, paragraph: 2 }],
    ["医师法 第五十五条（二）", { law: "医师法", article: 55, item: 2 }],
    ["医师法 第55条第(二)项", { law: "医师法", article: 55, item: 2 }],
    ["医师法 第五十五条第二项", { law: "医师法", article: 55, item: 2 }],
    ["民法典 第１２２０条", { law: "民法典", article: 1220 }],
    ["公务员法 第九十五条至第九十七条", { law: "公务员法", article: 95, articleTo: 97 }],
    ["Article 27 of the Physicians Act", { law: "Physicians Act", article: 27 }],
    ["Public Officials Sanctions Law art. 55, para. 2", { law: "Public Officials Sanctions Law", article: 55, paragraph: 2 }],
    ["医师法 55(二)", { law: "医师法", article: 55, item: 2 }],
    ["反电信网络诈骗法 18 ¶3", { law: "反电信网络诈骗法", article: 18, paragraph: 3 }],
    ["根据《医师法》第二十七条的规定", { law: "医师法", article: 27 }],
    ["《民法典》", { law: "民法典" }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      assert.deepEqual(parseCitationText(text), expected);
    });
  }

  it("gives undefined for what is not a citation", () => {
    for (const text of ["", "   ", "第二十七条", "医师法 第十十条", "12345"]) {
      assert.equal(parseCitationText(text), undefined, text);
    }
  });
});

describe("LawLibrary.findLaw", () => {
  it("matches names and aliases in any script and form", () => {
    const forms: [string, string][] = [
      ["医师法", "physicians-act"],
      ["醫師法", "physicians-act"],
      ["《中华人民共和国医师法》", "physicians-act"],
      ["中華人民共和國醫師法", "physicians-act"],
      ["physicians act", "physicians-act"],
      ["PHYSICIANS ACT", "physicians-act"],
      ["Physicians Act of the People's Republic of China", "physicians-act"],
      ["physicians-act", "physicians-act"],
      ["the Civil Code", "civil-code"],
      ["《中华人民共和国公务员法》（2018年修订）", "civil-servant-law"],
      ["Law of the PRC on the Protection of Minors", "minors-protection-law"],
      ["個人信息保護法", "personal-information-protection-law"],
      ["执业医师法", "licensed-physicians-act"],
      ["三个区分开来", "three-distinctions"],
    ];
    for (const [name, id] of forms) assert.equal(library.findLaw(name)?.id, id, name);
  });

  it("does not guess", () => {
    for (const name of ["医事法", "", "Law", "医师"]) assert.equal(library.findLaw(name), undefined, name);
  });
});

describe("LawLibrary.resolve", () => {
  const expectOk: [string, string, number][] = [
    ["医师法 第27条", "physicians-act", 27],
    ["醫師法 第二十七條", "physicians-act", 27],
    ["《中华人民共和国民法典》第一千二百二十条", "civil-code", 1220],
    ["民法典第1220条", "civil-code", 1220],
    ["Physicians Act art. 27", "physicians-act", 27],
    ["Civil Code article 180", "civil-code", 180],
    ["Civil Servant Law arts. 95-97", "civil-servant-law", 95],
    ["physicians-act/27", "physicians-act", 27],
    ["政务处分法 第五十五条第二款", "public-officials-sanctions-law", 55],
    ["医师法 第五十五条（二）", "physicians-act", 55],
    ["医师法 第55条第(二)项", "physicians-act", 55],
  ];
  for (const [text, id, number] of expectOk) {
    it(`${text} → ${id} ${number}`, () => {
      const r = resolveText(text);
      assert.equal(r.status, "ok");
      assert.ok(r.status === "ok");
      assert.equal(r.law.id, id);
      assert.equal(r.article?.number, number);
    });
  }

  it("执业医师法 第二十四条 is repealed, replaced by 医师法 第二十七条", () => {
    const r = resolveText("执业医师法 第二十四条");
    assert.equal(r.status, "repealed");
    assert.ok(r.status === "repealed");
    assert.equal(r.law.id, "licensed-physicians-act");
    assert.equal(r.replacement?.law.id, "physicians-act");
    assert.equal(r.replacement?.article, 27);
    assert.equal(r.replacement?.articleEntry?.number, 27);
  });

  it("another article of 执业医师法 points to the replacing law only", () => {
    const r = resolveText("执业医师法 第三条");
    assert.ok(r.status === "repealed");
    assert.equal(r.replacement?.law.id, "physicians-act");
    assert.equal(r.replacement?.article, undefined);
  });

  it("问责条例 第十七条 is unverified", () => {
    const r = resolveText("问责条例 第十七条");
    assert.equal(r.status, "unverified");
    assert.ok(r.status === "unverified");
    assert.equal(r.law.id, "ccp-accountability-regulations");
    assert.equal(r.article.verified, false);
    assert.equal(r.article.confidence, "medium");
  });

  it("医师法 第99条 is an unknown article", () => {
    const r = resolveText("医师法 第99条");
    assert.equal(r.status, "unknown-article");
    assert.ok(r.status === "unknown-article");
    assert.equal(r.law.id, "physicians-act");
    assert.equal(r.suggestion, undefined);
  });

  it("suggests an article number one typo away", () => {
    const r = resolveText("医师法 第72条");
    assert.ok(r.status === "unknown-article");
    assert.equal(r.suggestion, 27);
  });

  it("医事法 is an unknown law, with a suggestion", () => {
    const r = resolveText("医事法 第27条");
    assert.equal(r.status, "unknown-law");
    assert.ok(r.status === "unknown-law");
    assert.equal(r.suggestion, "医师法");
    assert.equal(r.suggestedLaw?.id, "physicians-act");
  });

  it("suggests English names too", () => {
    const r = resolveText("Physicans Act art. 27");
    assert.ok(r.status === "unknown-law");
    assert.equal(r.suggestedLaw?.id, "physicians-act");
    assert.deepEqual(library.resolve({ law: "Completely Unrelated Statute" }), { status: "unknown-law" });
  });

  it("a whole-law citation resolves without an article", () => {
    const r = library.resolve({ law: "民法典" });
    assert.equal(r.status, "ok");
    assert.ok(r.status === "ok");
    assert.equal(r.article, undefined);
  });

  it("三个区分开来 resolves to its unnumbered text", () => {
    const r = library.resolve({ law: "三个区分开来" });
    assert.ok(r.status === "ok");
    assert.equal(r.article?.number, 0);
  });

  it("resolveRange resolves each article of a range", () => {
    const query = parseCitationText("Civil Servant Law arts. 95-97");
    assert.ok(query);
    const all = library.resolveRange(query);
    assert.deepEqual(all.map((r) => r.status), ["ok", "ok", "ok"]);
  });
});

describe("articleText", () => {
  it("gives the statute text in Chinese and the gist in English", () => {
    const a = article("physicians-act", 27);
    const hans = articleText(a, "zh-Hans");
    assert.equal(hans.isGist, false);
    assert.equal(hans.text, a.text?.["zh-Hans"]);
    const hant = articleText(a, "zh-Hant");
    assert.equal(hant.isGist, false);
    assert.ok(hant.text.includes("醫師"));
    const en = articleText(a, "en");
    assert.equal(en.isGist, true);
    assert.equal(en.text, a.gist.en);
  });

  it("falls back to the gist when the library has no wording", () => {
    const a = article("civil-servant-law", 96);
    assert.equal(a.text, null);
    const t = articleText(a, "zh-Hans");
    assert.equal(t.isGist, true);
    assert.equal(t.text, a.gist["zh-Hans"]);
  });

  it("says when the wording is an excerpt", () => {
    // Which part an entry's wording is, is provision.ts's to say (it also knows the cited part).
    assert.equal(partMatch(article("physicians-act", 55), {}) === "excerpt", true);
    assert.equal(partMatch(article("physicians-act", 27), {}) === "excerpt", false);
  });
});

describe("formatCitation", () => {
  it("writes citations in each language", () => {
    assert.equal(formatCitation(law("civil-code"), "zh-Hans", { article: 1201 }), "《民法典》第一千二百零一条");
    assert.equal(formatCitation(law("physicians-act"), "zh-Hant", { article: 55, item: 2 }), "《醫師法》第五十五條第（二）項");
    assert.equal(formatCitation(law("physicians-act"), "en", { article: 27 }), "Physicians Act, art. 27");
  });

  it("quotes a policy statement rather than giving it a document's title marks", () => {
    assert.equal(formatCitation(law("three-distinctions"), "zh-Hans", { article: 0 }), "“三个区分开来”");
    assert.equal(formatCitation(law("three-distinctions"), "zh-Hant", { article: 0 }), "「三個區分開來」");
  });
});

describe("workspace law files", () => {
  const acme = {
    formatVersion: 1,
    jurisdiction: "ACME internal",
    laws: [
      {
        id: "acme-handbook",
        kind: "internal-rule",
        names: { en: "ACME Staff Handbook" },
        aliases: ["Handbook"],
        articles: [
          { number: 3, text: { en: "Staff may refuse an unsafe order." }, verified: true },
          { number: 4, gist: { en: "Overtime needs written approval." }, verified: false, confidence: "medium" },
        ],
      },
    ],
  };

  it("loads a valid file and resolves against it", () => {
    const result = validateLawFile(acme, library);
    assert.ok(result.ok, JSON.stringify(result.errors));
    const extended = library.withExtra(result.laws);
    const r = extended.resolve({ law: "Handbook", article: 3 });
    assert.ok(r.status === "ok");
    assert.equal(r.law.id, "acme-handbook");
    assert.equal(r.law.status, "in-force");
    assert.equal(articleText(r.article!, "en").isGist, false);
    assert.equal(extended.resolve({ law: "acme-handbook", article: 4 }).status, "unverified");
    // the built-in laws are still there
    assert.equal(extended.resolve({ law: "医师法", article: 27 }).status, "ok");
    assert.equal(library.findLaw("Handbook"), undefined, "the built-in library is unchanged");
  });

  it("a workspace law replaces a built-in law with the same id", () => {
    const mine: Law = { ...law("physicians-act"), articles: [] };
    const extended = library.withExtra([mine]);
    assert.equal(extended.resolve({ law: "医师法", article: 27 }).status, "unknown-article");
    assert.equal(extended.laws.length, library.laws.length);
  });

  it("reports a malformed file as readable errors, without throwing", () => {
    const bad = {
      formatVersion: 2,
      laws: [
        {
          id: "Bad Id",
          names: {},
          status: "gone",
          enacted: "20 May 2020",
          articles: [{ number: -1, verified: "yes", colour: "red" }, { number: 1.5, gist: { en: "x" }, verified: true }],
        },
      ],
    };
    const result = validateLawFile(bad);
    assert.equal(result.ok, false);
    assert.deepEqual(result.laws, []);
    const lines = result.errors.map(formatLawFileError);
    const expected = [
      "formatVersion: must be 1",
      'laws[0] "Bad Id" › id: must be lowercase English words joined by hyphens, e.g. "physicians-act"',
      'laws[0] "Bad Id" › names: needs at least one of "en", "zh-Hans", "zh-Hant"',
      'laws[0] "Bad Id" › status: must be one of: "in-force", "repealed"',
      'laws[0] "Bad Id" › enacted: must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)',
      'laws[0] "Bad Id" › articles[0] (article -1): needs a "gist" or a "text"',
      'laws[0] "Bad Id" › articles[0] (article -1) › colour: unknown property "colour"',
      'laws[0] "Bad Id" › articles[0] (article -1) › number: must be at least 0',
      'laws[0] "Bad Id" › articles[0] (article -1) › verified: must be true or false',
      'laws[0] "Bad Id" › articles[1] (article 1.5) › number: must be a whole number',
    ];
    for (const line of expected) assert.ok(lines.includes(line), `missing: ${line}\ngot:\n${lines.join("\n")}`);
    for (const e of result.errors) assert.ok(e.pointer === "" || e.pointer.startsWith("/"), e.pointer);
  });

  it("reports inconsistencies the schema cannot see", () => {
    const result = validateLawFile(
      {
        formatVersion: 1,
        laws: [
          {
            id: "acme",
            names: { en: "ACME" },
            repealedOn: "2020-01-01",
            articles: [
              { number: 3, gist: { en: "x" }, verified: true, confidence: "medium" },
              { number: 3, gist: { en: "y" }, verified: false },
            ],
          },
          { id: "acme", names: { en: "Other" }, status: "repealed", replacedBy: { law: "nowhere" } },
        ],
      },
      library,
    );
    assert.equal(result.ok, false);
    const messages = result.errors.map((e) => e.message);
    assert.ok(messages.includes('the id "acme" is already used by laws[0]'));
    assert.ok(messages.includes('only a law with status "repealed" has a repeal date'));
    assert.ok(messages.includes('an article with confidence "medium" cannot be verified'));
    assert.ok(messages.includes("article 3 is listed twice"));
    assert.ok(messages.includes('no law with the id "nowhere" in this file or the built-in library'));
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "laws", [], {}, { formatVersion: 1, laws: "none" }, { formatVersion: 1, laws: [null] }]) {
      const result = validateLawFile(input);
      assert.equal(result.ok, false);
      assert.ok(result.errors.length > 0);
    }
  });

  it("accepts a law that points to a built-in law as its replacement", () => {
    const result = validateLawFile(
      {
        formatVersion: 1,
        laws: [{ id: "old-hospital-rules", names: { "zh-Hans": "旧医院规定" }, status: "repealed", replacedBy: { law: "physicians-act" } }],
      },
      library,
    );
    assert.ok(result.ok, JSON.stringify(result.errors));
    const r = library.withExtra(result.laws).resolve({ law: "旧医院规定", article: 1 });
    assert.ok(r.status === "repealed");
    assert.equal(r.replacement?.law.id, "physicians-act");
  });
});
