// ESLint flat config: Microsoft's Office add-in rules plus this project's layer boundaries.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

/** Imports the pure engine must never reach for: hosts, UI, file formats and the platform. */
const engineForbidden = {
  paths: [
    { name: "react", message: "The engine is pure: no React (see src/engine/README.md)." },
    { name: "react-dom", message: "The engine is pure: no React DOM." },
    { name: "exceljs", message: "The engine is pure: ExcelJS belongs in src/xlsx/." },
    { name: "office-js", message: "The engine is pure: Office.js belongs in src/excel/." },
    ...["fs", "path", "os", "child_process", "crypto", "util", "stream", "events", "url", "zlib", "worker_threads"].map(
      (name) => ({ name, message: "The engine is pure: no Node built-ins." })
    ),
  ],
  patterns: [
    { group: ["node:*"], message: "The engine is pure: no Node built-ins." },
    { group: ["@fluentui/*", "@microsoft/office-js*", "exceljs/*", "react/*"], message: "The engine is pure." },
    {
      group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
      message: "Nothing flows into the engine from adapters or UI.",
    },
  ],
};

module.exports = [
  { ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "**/*.d.ts"] },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["*.js", "scripts/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", engineForbidden],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "Office", "Excel", "process", "Buffer", "require", "console", "fetch", "navigator"].map(
          (name) => ({ name, message: "The engine is pure: no host, DOM or Node globals." })
        ),
      ],
    },
  },
];
