import { renderClause, renderClauseCompact, renderClauseShort, type Clause } from "./clause";

const clause: Clause = {
  citations: [
    { source: "SEED", clause: 11 },
    { source: "ZB", articles: [11] },
    { source: "DF", articles: [1, 6], range: true },
    { source: "ZB", chapter: 6 },
    { source: "DF", articles: [12], quote: "一般不得超过6个月" },
  ],
};

test("the full basis names every document by its title", () => {
  expect(renderClause(clause, "zh-CN")).toBe(
    "《关于加强和改进市级机关党的建设的实施意见》（沪委发〔2019〕18号）第（十一）条；《中国共产党支部工作条例（试行）》第十一条；《关于中国共产党党费收缴、使用和管理的规定》第一至六条；《中国共产党支部工作条例（试行）》第六章；《关于中国共产党党费收缴、使用和管理的规定》第十二条“一般不得超过6个月”"
  );
  expect(renderClause({ citations: [{ source: "SEED", clause: 12 }] }, "en-US")).toBe(
    "Shanghai Party Committee Document [2019] No. 18 (Opinion on Party Building in Municipal Organs) clause (12)"
  );
  expect(renderClause({ citations: [{ source: "ZB", articles: [11, 12] }] }, "en-US")).toBe(
    "Regulations on the Work of CPC Branches (Trial) Arts. 11, 12"
  );
});

test("the compact basis uses short names for narrow columns", () => {
  expect(renderClauseCompact(clause, "zh-CN")).toBe(
    "沪委发〔2019〕18号第（十一）条；《支部工作条例》第十一条；《党费规定》第一至六条；《支部工作条例》第六章；《党费规定》第十二条"
  );
  expect(renderClauseCompact({ citations: [{ source: "SEED", clause: 3 }] }, "en-US")).toBe(
    "SEED (3)"
  );
});

test("the short form is specification.md's own", () => {
  expect(
    renderClauseShort({
      citations: [
        { source: "SEED", clause: 11 },
        { source: "ZB", articles: [11] },
      ],
    })
  ).toBe("SEED（十一）; ZB 第十一条");
});

test("a note of a local norm is added", () => {
  expect(
    renderClause(
      { citations: [], note: { "zh-CN": "台账数据一致性", "en-US": "data consistency" } },
      "zh-CN"
    )
  ).toBe("台账数据一致性");
});

test("consecutive citations of one document name it once", () => {
  const clause: Clause = {
    citations: [
      { source: "SEED", clause: 3, quote: "切实提高民主生活会、组织生活会质量" },
      { source: "SEED", clause: 17 },
      { source: "ZB", articles: [16] },
    ],
  };
  expect(renderClause(clause, "zh-CN")).toBe(
    "《关于加强和改进市级机关党的建设的实施意见》（沪委发〔2019〕18号）第（三）条“切实提高民主生活会、组织生活会质量”、第（十七）条；《中国共产党支部工作条例（试行）》第十六条"
  );
  expect(renderClauseCompact(clause, "zh-CN")).toBe(
    "沪委发〔2019〕18号第（三）条、第（十七）条；《支部工作条例》第十六条"
  );
  expect(renderClause(clause, "en-US")).not.toMatch(/Opinion.*Opinion/);
});
