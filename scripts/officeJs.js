// Where the add-in's pages load office.js from, and which files of the local @microsoft/office-js
// copy Excel needs at run time. Used by webpack.config.js; tested in test/manifest/officeJs.test.ts.
const fs = require("fs");
const path = require("path");

/** Microsoft's CDN; intranets often cannot reach it, so it is opt-in (OFFICE_JS=cdn). */
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
 * The src of the office.js script tag for OFFICE_JS's value ("local" by default, or "cdn").
 * @param {string | undefined} mode
 * @returns {string}
 */
function officeJsSrc(mode) {
  const value = (mode ?? "local").trim().toLowerCase() || "local";
  if (value === "local") return `${LOCAL_DIR}/office.js`;
  if (value === "cdn") return OFFICE_JS_CDN;
  throw new Error(
    `OFFICE_JS 只能是 local 或 cdn，而不是“${mode}” (OFFICE_JS must be local or cdn)`
  );
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
 * Makes each page built by html-webpack-plugin load office.js from `src`, first in <head> and
 * without defer: office.js must run before the page's (deferred) bundles call Office.onReady.
 */
class OfficeJsScriptPlugin {
  /** @param {string} src */
  constructor(src) {
    this.src = src;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.compilation.tap("OfficeJsScriptPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterTemplateExecution.tap(
        "OfficeJsScriptPlugin",
        (data) => {
          data.html = stripOfficeJsTags(data.html);
          data.headTags.unshift(
            HtmlWebpackPlugin.createHtmlTagObject("script", { src: this.src }, undefined, {
              plugin: "OfficeJsScriptPlugin",
            })
          );
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
  officeJsFiles,
  officeJsSrc,
  stripOfficeJsTags,
  supportedLocales,
};
