import { es2017Problems } from "./es2017";

describe("es2017Problems", () => {
  it("accepts ES2017 syntax", () => {
    expect(es2017Problems("var a = async function () { return /a+/u.test('a'); };")).toEqual([]);
  });

  it("refuses newer syntax and RegExp literals with newer features", () => {
    expect(es2017Problems("var b = a?.c;")).toHaveLength(1);
    expect(es2017Problems("var r = /(?<=x)y/;")).toHaveLength(1);
  });

  it("refuses a RegExp built from a literal an ES2017 engine cannot compile", () => {
    expect(es2017Problems('var r = new RegExp("\\\\p{L}", "u");')).toEqual([
      'RegExp("\\\\p{L}", "u") is not ES2017',
    ]);
  });

  it("accepts one built inside a try block, as a probe whose failure is handled", () => {
    const probe =
      'var ok; try { ok = new RegExp("\\\\p{L}", "u").test("a"); } catch (e) { ok = false; }';
    expect(es2017Problems(probe)).toEqual([]);
    // The catch block is no probe: a RegExp built there would throw unhandled.
    const inCatch = 'try { x(); } catch (e) { new RegExp("\\\\p{L}", "u"); }';
    expect(es2017Problems(inCatch)).toHaveLength(1);
  });
});
