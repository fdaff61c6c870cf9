// ESLint flat config: Microsoft's Office add-in rules plus this project's layer boundaries.
const { builtinModules } = require("node:module");
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

/** Node's built-in modules, by both their names ("fs", "node:fs"). */
const nodeBuiltins = (message) => ({
  paths: builtinModules.map((name) => ({ name, message })),
  patterns: [{ group: ["node:*"], message }],
});

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

/**
 * The .xlsx adapter's files that only the command line runs (files, Node's zlib and streams,
 * ExcelJS's Node build); every other file of src/xlsx also runs in the checker page's worker.
 */
const BROWSER_SHARED = "Runs in a browser too (the checker page's worker): no Node built-ins.";

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
 * The engine's layers, lowest first: a folder (or top-level module) never imports one of a later
 * layer, so the engine reads bottom-up and no change low down needs one higher up. Folders of one
 * layer may import each other; the import-cycle test (test/importCycles.test.ts) keeps that sane.
 */
const ENGINE_LAYERS = [
  ["basics"],
  ["cell", "calendar", "workbook"],
  ["i18n", "model"],
  ["schema", "parse"],
  ["read", "config", "findings"],
  ["rules"],
  ["run", "render"],
  ["highlight"],
  ["summary"],
  ["template", "rollup"],
  ["report", "check"],
];

/** The engine's boundaries for the files of one layer: purity, plus nothing from a layer above. */
function engineLayerConfigs() {
  return ENGINE_LAYERS.map((layer, index) => {
    const above = ENGINE_LAYERS.slice(index + 1).flat();
    const restrictions = {
      paths: engineForbidden.paths,
      patterns: [
        ...engineForbidden.patterns,
        ...(above.length > 0
          ? [
              {
                // "../summary/buildSummary", "../../rules/types": the first folder named counts. (The top
                // of the engine, check.ts and index.ts, may import anything; basics.ts nothing.)
                regex: index === 0 ? "^\\." : `^(\\.\\./)+(${above.join("|")})(/|$)`,
                message: `The engine's layers (eslint.config.js, ENGINE_LAYERS): ${layer.join(", ")} must not import a layer above it.`,
              },
            ]
          : []),
      ],
    };
    return {
      files: layer.flatMap((name) => [`src/engine/${name}.ts`, `src/engine/${name}/**/*.ts`]),
      ignores: ["src/engine/**/*.test.ts"],
      rules: { "no-restricted-imports": ["error", restrictions] },
    };
  });
}

/** What runs in the add-in's browser bundles (pane, ribbon commands, Office.js adapter). */
const browserForbidden = {
  paths: nodeBuiltins("Browser code: no Node built-ins.").paths,
  patterns: [
    ...nodeBuiltins("Browser code: no Node built-ins.").patterns,
    {
      group: ["**/cli", "**/cli/**"],
      message: "The command line sits on top: nothing imports it.",
    },
    {
      group: ["**/sample", "**/sample/**"],
      message: "The sample department is for the command line and tests, not the add-in's bundle.",
    },
  ],
};

/**
 * Outside the engine, product code enters it by its door: `engine` (src/engine/index.ts) or one of
 * its named entries, `engine/template` and `engine/workbook`. Tests may reach further in.
 */
const engineDoor = {
  regex: "^(\\.\\./)+engine/(?!(template|workbook)$)",
  message:
    "Enter the engine by its door: engine (src/engine/index.ts), engine/template or engine/workbook.",
};

/** The .xlsx adapter sits beside the Office.js one and below the UI and the command line. */
const xlsxBeside = {
  group: ["**/excel", "**/excel/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
  message: "The .xlsx adapter sits beside the Office.js one and below the UI and CLI.",
};

/** Test files and test helpers, which the boundaries of product code do not bind. */
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"];

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
  ...engineLayerConfigs(),
  {
    files: ["src/xlsx/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [xlsxBeside] }] },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [xlsxBeside, engineDoor] }] },
  },
  {
    // Flat config keeps only the last options of a rule, so the browser-shared part of src/xlsx
    // restates the two restrictions above beside its own.
    files: ["src/xlsx/**/*.ts"],
    ignores: [...NODE_ONLY_XLSX, ...TESTS, "**/testSupport.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins(BROWSER_SHARED).paths,
          patterns: [...nodeBuiltins(BROWSER_SHARED).patterns, xlsxBeside, engineDoor],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/sample/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { patterns: [engineDoor] }] },
  },
  {
    files: [
      "src/excel/**/*.{ts,tsx}",
      "src/taskpane/**/*.{ts,tsx}",
      "src/commands/**/*.{ts,tsx}",
      "src/checker/**/*.{ts,tsx}",
    ],
    ignores: TESTS,
    rules: {
      "no-restricted-imports": [
        "error",
        { ...browserForbidden, patterns: [...browserForbidden.patterns, engineDoor] },
      ],
    },
  },
];
