import { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls } from "../../scripts/manifestUrls";

describe("normaliseBaseUrl", () => {
  test.each([
    ["https://oa.example.cn/party-ledger", "https://oa.example.cn/party-ledger/"],
    ["https://oa.example.cn/party-ledger/", "https://oa.example.cn/party-ledger/"],
    ["  https://OA.example.cn  ", "https://oa.example.cn/"],
    ["https://oa.example.cn:8443/a/b/", "https://oa.example.cn:8443/a/b/"],
    ["http://localhost:3000/", "http://localhost:3000/"],
  ])("%s → %s", (value, expected) => {
    expect(normaliseBaseUrl(value)).toBe(expected);
  });

  test.each([
    ["http://oa.example.cn/", /https/],
    ["oa.example.cn/party-ledger", /不是有效的网址/],
    ["file:///srv/addin/", /https/],
    ["https://oa.example.cn/?v=1", /查询参数/],
    ["https://user:pw@oa.example.cn/", /账号/],
  ])("refuses %s with a message saying why", (value, message) => {
    expect(() => normaliseBaseUrl(value)).toThrow(message);
  });
});

describe("rewriteManifestUrls", () => {
  const manifest = [
    `<IconUrl DefaultValue="${DEV_BASE_URL}assets/icon-32.png"/>`,
    `<AppDomain>https://localhost:3000</AppDomain>`,
    `<bt:Url id="Taskpane.Url" DefaultValue="${DEV_BASE_URL}taskpane.html"/>`,
    `<ProviderName>党建台账检查</ProviderName>`,
  ].join("\n");

  test("moves every page and icon under the base and the AppDomain to its origin", () => {
    expect(rewriteManifestUrls(manifest, "https://oa.example.cn/dj")).toBe(
      [
        `<IconUrl DefaultValue="https://oa.example.cn/dj/assets/icon-32.png"/>`,
        `<AppDomain>https://oa.example.cn</AppDomain>`,
        `<bt:Url id="Taskpane.Url" DefaultValue="https://oa.example.cn/dj/taskpane.html"/>`,
        `<ProviderName>党建台账检查</ProviderName>`,
      ].join("\n")
    );
  });

  test("is the identity for the dev server's own base URL", () => {
    expect(rewriteManifestUrls(manifest, DEV_BASE_URL)).toBe(manifest);
  });
});
