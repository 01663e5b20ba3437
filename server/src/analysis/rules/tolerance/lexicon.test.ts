import assert from "node:assert/strict";
import { DEFAULT_CONSENT_WORDS, DEFAULT_CONTEXT_WORDS, containsTerm, contextOfWord, findTerm } from "./lexicon.ts";

describe("tolerance lexicon", () => {
  it("matches English terms as whole words, across spaces, hyphens and underscores", () => {
    assert.ok(containsTerm("Obtain the patient's Written Consent", "written consent"));
    assert.ok(containsTerm("patient_signature", "signature"));
    assert.ok(containsTerm("written-consent form", "written consent"));
    assert.ok(!containsTerm("industrial safety", "trial"));
    assert.ok(!containsTerm("consented", "consent"));
  });

  it("matches Chinese terms in either script anywhere in the text", () => {
    assert.equal(findTerm("术前须取得患者签字", DEFAULT_CONSENT_WORDS), "签字");
    assert.equal(findTerm("須取得家屬簽字", DEFAULT_CONSENT_WORDS), "簽字");
    assert.equal(findTerm("知情同意书", DEFAULT_CONSENT_WORDS), "知情同意");
    assert.equal(findTerm("身份证原件", DEFAULT_CONSENT_WORDS), undefined);
  });

  it("knows which context a built-in word belongs to", () => {
    assert.equal(contextOfWord("Rescue"), "emergency");
    assert.equal(contextOfWord("試點"), "reform_pilot");
    assert.equal(contextOfWord("民生"), "livelihood");
    assert.equal(contextOfWord("harvest"), undefined);
    for (const word of DEFAULT_CONTEXT_WORDS) assert.ok(contextOfWord(word), word);
  });
});
