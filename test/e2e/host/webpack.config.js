// Bundles the test host (test/e2e/host/officeStub.ts) into one browser script that the end-to-end
// server serves in place of office.js. Run by test/e2e/build.ts with --output-path.
// webpack loads its configuration as CommonJS; the project's lint setup knows that only of root files.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");

const root = path.resolve(__dirname, "../../..");

module.exports = {
  mode: "development",
  devtool: false,
  context: root,
  target: "web",
  entry: { "office-stub": "./test/e2e/host/officeStub.ts" },
  output: { filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
        },
      },
    ],
  },
  performance: { hints: false },
};
