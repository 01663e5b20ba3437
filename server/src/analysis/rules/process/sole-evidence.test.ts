import assert from "node:assert/strict";
import { expectFindings, expectNoFinding, syntaxProblems, unmark } from "../../../../../test/helpers/review.ts";

const TIERS = `tier authority { resources: budget }
tier hospital { under: authority  resources: operating_room }
`;

describe("process/sole-evidence", () => {
  it("flags a determination resting on one piece of evidence, at that item", () => {
    const text = `${TIERS}accountability { investigate: authority  determine: authority  evidence: «"forensic appraisal"»  appeal: authority within 30 days }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/sole-evidence", text);
    assert.match(finding!.message, /^The accountability clause determines responsibility on a single piece of evidence, `forensic appraisal`\. A single forensic appraisal or report must be weighed with other evidence/);
    assert.deepEqual(finding!.data, { evidence: ["forensic appraisal"] });
    assert.equal(finding!.explanation?.field, "evidence");
  });

  it("flags a single named item too", () => {
    expectFindings("process/sole-evidence", `${TIERS}accountability { determine: authority  evidence: «appraisal_report» }`);
  });

  it("accepts evidence weighed together, and a clause that lists none", () => {
    expectNoFinding("process/sole-evidence", `${TIERS}accountability { determine: authority  evidence: appraisal_report, "statements", "duty logs" }`);
    expectNoFinding("process/sole-evidence", `${TIERS}accountability { investigate: authority  determine: authority }`);
  });

  it("speaks simplified Chinese", () => {
    const text = `层级 卫健委 { 资源：预算 }
追责 { 调查：卫健委  认定：卫健委  证据：«鉴定意见»  申诉：卫健委 30日内 }`;
    assert.deepEqual(syntaxProblems(unmark(text).text), []);
    const [finding] = expectFindings("process/sole-evidence", text);
    assert.match(finding!.message, /^追责条款仅凭一项证据“鉴定意见”认定责任。单一的鉴定意见或报告须与其他证据一并审查，不能以鉴代判/);
  });

  it("speaks traditional Chinese", () => {
    const [finding] = expectFindings("process/sole-evidence", `層級 衛健委 { 資源：預算 }\n追責 { 認定：衛健委  證據：«「醫療事故鑑定」» }`);
    assert.match(finding!.message, /^追責條款僅憑一項證據「醫療事故鑑定」認定責任/);
  });
});
