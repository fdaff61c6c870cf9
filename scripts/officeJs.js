// Where the add-in's pages load office.js from, and which files of the local @microsoft/office-js
// copy Excel needs at run time. Used by webpack.config.js; tested in test/manifest/officeJs.test.ts.
const fs = require("fs");
const path = require("path");

/**
 * Microsoft's CDN, the supported source of office.js and the only one that is always current: the
 * npm copy (@microsoft/office-js 1.1.110, its last release) predates the Notes API (ExcelApi 1.18).
 */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Where the local copy is placed inside dist/ (pages sit at dist/'s root, so a relative path works). */
const LOCAL_DIR = "office-js";

/**
 * Platforms on which Excel runs XML-manifest add-ins. Android and WinRT builds of Excel do not, and
 * Office 2013/2016 (the o15 file table and excel-15*.js) lack ExcelApi 1.9, which the manifest
 * requires, so Office never loads the add-in there.
 */
const EXCEL_PLATFORMS = ["win32", "mac", "web", "ios"];

/**
 * How the pages load office.js, by OFFICE_JS:
 * - "auto" (the default): Microsoft's CDN first; when it cannot be reached (an intranet without
 *   internet access), the copy in dist/office-js/. The CDN is current; the copy is the fallback.
 * - "local": only the copy (no request leaves the hosting server; notes are then unavailable).
 * - "cdn": only the CDN (nothing is copied).
 * @param {string | undefined} mode
 * @returns {{ cdn: string | null, local: string | null }}
 */
function officeJsPlan(mode) {
  const value = (mode ?? "auto").trim().toLowerCase() || "auto";
  const local = `${LOCAL_DIR}/office.js`;
  if (value === "auto") return { cdn: OFFICE_JS_CDN, local };
  if (value === "local") return { cdn: null, local };
  if (value === "cdn") return { cdn: OFFICE_JS_CDN, local: null };
  throw new Error(
    `OFFICE_JS 只能是 auto、local 或 cdn，而不是“${mode}” (OFFICE_JS must be auto, local or cdn)`
  );
}

/**
 * The inline script that loads the local copy when the CDN's script left no `Office` behind. It
 * runs while the page is still being parsed, so document.write inserts a parser-blocking script
 * that runs before the page's deferred bundles, exactly where the CDN's would have. ES5 only: it
 * must run in every webview Office uses.
 * @param {string} local
 * @returns {string}
 */
function fallbackScript(local) {
  return `window.Office||document.write('<script src="${local}"><\\/script>');`;
}

/**
 * The locale folders office.js may ask for: it maps Office's language onto OSF.SupportedLocales
 * and loads `<locale>/office_strings.js`, falling back to en-us.
 * @param {string} officeJsSource the text of office.js
 * @returns {string[]}
 */
function supportedLocales(officeJsSource) {
  const match = /OSF\.SupportedLocales\s*=\s*(\{[^}]*\})/.exec(officeJsSource);
  if (!match)
    throw new Error("office.js 中找不到 OSF.SupportedLocales (office.js has changed shape)");
  return Object.keys(JSON.parse(match[1]));
}

/**
 * Paths, relative to the office-js dist folder, of every file Excel's office.js loads at run time:
 * office.js, the host script `excel-<platform>-<version>.js` for each platform (every version
 * present, since the host names the version it wants), each supported locale's office_strings.js
 * and the telemetry sink office.js requests beside itself. Debug builds, other hosts, Outlook
 * strings and unsupported locales are left out to keep dist/ small.
 * @param {string} distDir node_modules/@microsoft/office-js/dist
 * @returns {string[]}
 */
function officeJsFiles(distDir) {
  const officeJs = path.join(distDir, "office.js");
  if (!fs.existsSync(officeJs)) {
    throw new Error(`找不到 ${officeJs}，请先运行 npm ci (the local office.js is missing)`);
  }
  const hostScript = new RegExp(`^excel-(${EXCEL_PLATFORMS.join("|")})-16\\.\\d\\d\\.js$`);
  const hostScripts = fs
    .readdirSync(distDir)
    .filter((name) => hostScript.test(name))
    .sort();
  const locales = supportedLocales(fs.readFileSync(officeJs, "utf8"))
    .map((locale) => `${locale}/office_strings.js`)
    .filter((file) => fs.existsSync(path.join(distDir, file)));
  const telemetry = ["telemetry/oteljs_agave.js"].filter((file) =>
    fs.existsSync(path.join(distDir, file))
  );
  return ["office.js", ...hostScripts, ...locales, ...telemetry];
}

/** Any script tag that loads office.js (a template may still carry the CDN one). */
const OFFICE_JS_TAG =
  /[ \t]*<script\b[^>]*\bsrc=["'](?:[^"']*\/)?office(?:\.debug)?\.js["'][^>]*>\s*<\/script>[ \t]*\r?\n?/gi;

/**
 * Removes every office.js script tag from a page, so the one the build chooses is the only one.
 * @param {string} html
 * @returns {string}
 */
function stripOfficeJsTags(html) {
  return html.replace(OFFICE_JS_TAG, "");
}

/**
 * Makes each page built by html-webpack-plugin load office.js as planned, first in <head> and
 * without defer: office.js must run before the page's (deferred) bundles call Office.onReady.
 */
class OfficeJsScriptPlugin {
  /**
   * @param {{ cdn: string | null, local: string | null }} plan
   * @param {{ without?: string[] }} [options] pages that run outside Office and load no office.js
   */
  constructor(plan, options = {}) {
    this.plan = plan;
    this.without = new Set(options.without ?? []);
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    const { cdn, local } = this.plan;
    const tag = (attributes, innerHTML) =>
      HtmlWebpackPlugin.createHtmlTagObject("script", attributes, innerHTML, {
        plugin: "OfficeJsScriptPlugin",
      });
    const tags = cdn
      ? [tag({ src: cdn }), ...(local ? [tag({}, fallbackScript(local))] : [])]
      : [tag({ src: local })];
    compiler.hooks.compilation.tap("OfficeJsScriptPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterTemplateExecution.tap(
        "OfficeJsScriptPlugin",
        (data) => {
          if (this.without.has(data.outputName)) return data;
          data.html = stripOfficeJsTags(data.html);
          data.headTags.unshift(...tags);
          return data;
        }
      );
    });
  }
}

module.exports = {
  EXCEL_PLATFORMS,
  LOCAL_DIR,
  OFFICE_JS_CDN,
  OfficeJsScriptPlugin,
  fallbackScript,
  officeJsFiles,
  officeJsPlan,
  stripOfficeJsTags,
  supportedLocales,
};
