import { LEDGER_FORMS, REGISTER_MONTH_FIELD } from "../../schema/ledgerForms";
import { alternatives, clip, FIELD_FORMS, schemaOf } from "./structureText";

test("alternatives are slash-joined, without blanks or repeats; none shows a dash", () => {
  expect(alternatives(["支部信息", "支部名册", "", "支部信息"])).toBe("支部信息/支部名册");
  expect(alternatives([])).toBe("—");
});

test("clip keeps short texts and cuts long ones by character", () => {
  expect(clip("三月五日")).toBe("三月五日");
  expect(clip("一二三四五", 3)).toBe("一二三…");
  expect(clip("一二三", 3)).toBe("一二三");
});

test("every field with a form of its own is read by the ledger, in one of its forms", () => {
  for (const key of Object.keys(FIELD_FORMS)) {
    const [ledger, field] = key.split(".");
    const schema = schemaOf(ledger as "unitInfo");
    const forms = LEDGER_FORMS[ledger as "dues"] ?? [];
    const fields = [schema, ...forms].flatMap((s) => s?.columns.map((c) => c.field) ?? []);
    if (ledger === "dues") fields.push(REGISTER_MONTH_FIELD);
    expect(fields).toContain(field);
  }
});
