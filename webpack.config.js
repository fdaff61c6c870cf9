// Builds the add-in into dist/: the task pane and the ribbon's function file with their pages,
// help, icons, the office.js they load, and the manifest with URLs at the hosting base URL; and the
// checker page (checker.html) for those without the add-in, which runs in any browser on its own.
//   ADDIN_BASE_URL  where dist/ is hosted (production; default https://localhost:3000/)
//   OFFICE_JS       auto (default: Microsoft's CDN, else dist/office-js/), local or cdn
//   ADDIN_CATALOG   how the add-in is deployed, for settings the checker keeps in checked copies:
//                   EXCatalog (default, Microsoft 365 centralized deployment), a shared folder's
//                   \\server\share path, or developer (sideloaded)
//   DEV_SERVER_HTTP 1 serves plain http where the dev certificate cannot be installed
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_BASE_URL, rewriteManifestUrls } = require("./scripts/manifestUrls");
const {
  LOCAL_DIR,
  OfficeJsScriptPlugin,
  officeJsFiles,
  officeJsPlan,
} = require("./scripts/officeJs");

/** An attribute value as HTML text. */
const htmlAttribute = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The syntax every emitted script keeps to (esbuild's name for ES2017). */
const BROWSER_TARGET = "es2017";

const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The React pane (index.tsx) once it exists, the plain placeholder (index.ts) until then. */
function taskpaneEntry() {
  const tsx = "./src/taskpane/index.tsx";
  return fs.existsSync(path.resolve(__dirname, tsx)) ? tsx : "./src/taskpane/index.ts";
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Machines where the certificate cannot be installed still get a working (http) dev server.
    process.stderr.write(`dev certificate unavailable, serving over http: ${error.message}\n`);
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env?.WEBPACK_SERVE || process.env.WEBPACK_SERVE);
  const https = serving && process.env.DEV_SERVER_HTTP !== "1" ? await httpsOptions() : undefined;
  // The dev manifest follows the dev server's scheme, so an http fallback is still loadable.
  const devBaseUrl = serving && !https ? `http://localhost:${DEV_PORT}/` : DEV_BASE_URL;
  const baseUrl = dev ? devBaseUrl : process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  const officeJs = officeJsPlan(process.env.OFFICE_JS);
  const localOfficeJs = officeJs.local !== null;

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: taskpaneEntry(),
      commands: "./src/commands/commands.ts",
      checker: "./src/checker/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // Every bundle is ES2017: some Microsoft 365 builds with ExcelApi 1.9 still run the pane in
    // EdgeHTML (Edge 18), which lacks ?., ??, object spread and class fields. Our TypeScript is
    // compiled to ES2017 (tsconfig.browser.json type-checks that target), and the packages from
    // node_modules are lowered to it by esbuild; test/e2e parses every emitted file as ES2017.
    target: ["web", "es2017"],
    module: {
      rules: [
        {
          // A worker's entry imported with ?worker: one ES2017 script, inlined as text (see the
          // loader), so the checker page starts its workers from blob: URLs, file:// included.
          resourceQuery: /worker/,
          use: path.resolve(__dirname, "scripts/inlineWorkerLoader.js"),
        },
        {
          test: /\.tsx?$/,
          resourceQuery: { not: [/worker/] },
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.browser.json",
              // ES modules for webpack: tsconfig's CommonJS would turn import("exceljs") into a
              // require() and pull ExcelJS into the pane's first load.
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        {
          // The engine is pure (no module does anything on import), so a bundle keeps only what it
          // uses through the engine's index, and modules the pane loads on demand stay lazy.
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src/engine"),
          sideEffects: false,
        },
        {
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: { loader: "esbuild-loader", options: { target: BROWSER_TARGET } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS is loaded on demand (export, roll-up): keep it out of the pane's first load.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "checker.html",
        template: "./src/checker/checker.html",
        chunks: ["checker"],
        templateParameters: {
          addinCatalog: htmlAttribute(process.env.ADDIN_CATALOG || "EXCatalog"),
        },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        inject: false,
      }),
      // The checker page runs in any browser, outside Office: it loads no office.js.
      new OfficeJsScriptPlugin(officeJs, { without: ["checker.html"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), baseUrl),
          },
          ...(localOfficeJs
            ? officeJsFiles(OFFICE_JS_DIST).map((file) => ({
                from: path.join(OFFICE_JS_DIST, file),
                to: `${LOCAL_DIR}/${file}`,
                // Minified already; re-minifying Microsoft's files would only slow the build.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: DEV_PORT,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
