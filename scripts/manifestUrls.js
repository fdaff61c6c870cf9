// Points the add-in manifest at the server that hosts dist/. Used by webpack.config.js when it
// copies manifest.xml into dist/, and tested in test/manifest/manifestUrls.test.ts.

const { URL } = require("url");

/** The base URL the source manifest is written against (the dev server). */
const DEV_BASE_URL = "https://localhost:3000/";

/** Hosts where Office accepts plain http, for the DEV_SERVER_HTTP fallback only. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Validates a hosting base URL and returns it with exactly one trailing slash. Office loads add-in
 * pages only over https (plain http is accepted for loopback development), and a query or fragment
 * would corrupt every URL built from the base, so both are refused with a message naming the value.
 * @param {string} value
 * @returns {string}
 */
function normaliseBaseUrl(value) {
  let url;
  try {
    url = new URL(String(value).trim());
  } catch (error) {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址：${value} (not a valid URL)`, { cause: error });
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new Error(
      `ADDIN_BASE_URL 必须以 https:// 开头，Office 只从 https 加载加载项：${value} (must be https)`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_BASE_URL 不能带查询参数、锚点或账号：${value} (no query, fragment or credentials)`
    );
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * Rewrites every URL of the dev server in the manifest to the hosting base URL: pages, icons and
 * help under the base, and the AppDomain (an origin, without path) to the base's origin.
 * @param {string} xml the manifest as written against DEV_BASE_URL
 * @param {string} baseUrl where dist/ is hosted
 * @returns {string}
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const devOrigin = new URL(DEV_BASE_URL).origin;
  const origin = new URL(base).origin;
  return xml
    .replaceAll(DEV_BASE_URL, base)
    .replaceAll(`<AppDomain>${devOrigin}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE_URL, normaliseBaseUrl, rewriteManifestUrls };
