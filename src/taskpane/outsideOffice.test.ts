/** @jest-environment jsdom */
import { insideOffice, OUTSIDE_OFFICE, showOutsideOffice } from "./outsideOffice";

afterEach(() => Reflect.deleteProperty(globalThis, "Office"));

test("outside Office (onReady reports no host) or without a document, the pane is not started", () => {
  expect(insideOffice(null)).toBe(false);
  Reflect.set(globalThis, "Office", { context: {} });
  expect(insideOffice("Excel")).toBe(false);
  Reflect.set(globalThis, "Office", { context: { document: { settings: {} } } });
  expect(insideOffice("Excel")).toBe(true);
});

test("the message says, in both languages, to open the pane from Excel", () => {
  const container = document.createElement("div");
  container.innerHTML = "<p>正在加载… Loading…</p>";
  showOutsideOffice(container);
  expect(container.getAttribute("role")).toBe("alert");
  expect([...container.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
    OUTSIDE_OFFICE["zh-CN"],
    OUTSIDE_OFFICE["en-US"],
  ]);
});
