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
    ...[
      "fs",
      "path",
      "os",
      "child_process",
      "crypto",
      "util",
      "stream",
      "events",
      "url",
      "zlib",
      "worker_threads",
    ].map((name) => ({ name, message: "The engine is pure: no Node built-ins." })),
  ],
  patterns: [
    { group: ["node:*"], message: "The engine is pure: no Node built-ins." },
    {
      group: ["@fluentui/*", "@microsoft/office-js*", "exceljs/*", "react/*"],
      message: "The engine is pure.",
    },
    {
      group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
      message: "Nothing flows into the engine from adapters or UI.",
    },
  ],
};

/** Node built-ins, which code that also runs in a browser (the checker page's worker) cannot import. */
const nodeBuiltins = {
  paths: [
    "fs",
    "path",
    "os",
    "child_process",
    "crypto",
    "util",
    "stream",
    "events",
    "url",
    "zlib",
    "string_decoder",
    "worker_threads",
  ].map((name) => ({ name, message: "Runs in a browser too: no Node built-ins." })),
  patterns: [{ group: ["node:*"], message: "Runs in a browser too: no Node built-ins." }],
};

/**
 * The .xlsx adapter's files that only the command line runs (files, Node's zlib and streams,
 * ExcelJS's Node build); every other file of src/xlsx also runs in the checker page's worker.
 */
const NODE_ONLY_XLSX = [
  "src/xlsx/read/index.ts",
  "src/xlsx/read/sniff.ts",
  "src/xlsx/read/fileSource.ts",
  "src/xlsx/read/nodeEntryStream.ts",
  "src/xlsx/read/streamSheets.ts",
  "src/xlsx/read/workbookKindFile.ts",
  "src/xlsx/read/zipContents.ts",
  "src/xlsx/read/readXlsx.ts",
  "src/xlsx/package/nodeCodec.ts",
  "src/xlsx/write/saveXlsx.ts",
  "src/xlsx/write/zipTextEncoding.ts",
];

/**
 * The office-addins preset, with its bundled (older) copy of the @typescript-eslint plugin and
 * parser swapped for the project's own: ESLint refuses two different plugins under one name, and
 * the bundled copy's rules no longer load under ESLint 9.3x. Widened to .tsx files too.
 */
const officeAddinsPreset = officeAddins.configs.recommended.map((config) => {
  const patched = { ...config };
  if (patched.files) patched.files = [...patched.files, "**/*.tsx"];
  if (patched.plugins?.["@typescript-eslint"]) {
    patched.plugins = { ...patched.plugins, "@typescript-eslint": tseslint.plugin };
  }
  if (patched.languageOptions?.parser) {
    patched.languageOptions = { ...patched.languageOptions, parser: tseslint.parser };
  }
  return patched;
});

module.exports = [
  { ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "**/*.d.ts"] },
  ...officeAddinsPreset,
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
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/xlsx/**/*.ts", "src/checker/**/*.{ts,tsx}"],
    ignores: [
      ...NODE_ONLY_XLSX,
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/testing/**",
      "**/testSupport.ts",
    ],
    rules: {
      "no-restricted-imports": ["error", nodeBuiltins],
      "no-restricted-globals": [
        "error",
        ...["Buffer", "process", "require", "__dirname", "__filename"].map((name) => ({
          name,
          message: "Runs in a browser too: no Node globals.",
        })),
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", engineForbidden],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "Office",
          "Excel",
          "process",
          "Buffer",
          "require",
          "console",
          "fetch",
          "navigator",
        ].map((name) => ({ name, message: "The engine is pure: no host, DOM or Node globals." })),
      ],
    },
  },
];
