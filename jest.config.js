/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/scripts"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A hang guard, not a speed check (speed is measured in `npm run bench`): the command-line and
  // host tests spawn processes and read workbooks, which on a busy shared machine exceed jest's 5 s.
  testTimeout: 60_000,
  // office-addin-mock needs only office-addin-manifest's OfficeApp enum; the package's main entry
  // pulls in an ESM-only manifest library that jest's CommonJS runtime cannot load.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
