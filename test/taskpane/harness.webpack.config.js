// Builds the task-pane harness (the pane over a fake host) into build/taskpane-harness/ for screenshots.
// webpack loads its configuration as CommonJS; the project's lint setup knows that only of root files.
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "development",
  devtool: false,
  context: root,
  entry: { harness: "./test/taskpane/harness/main.tsx" },
  output: {
    path: path.resolve(root, "build/taskpane-harness"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // ES modules, as the add-in's build uses: tsconfig's CommonJS would defeat tree shaking
          // of @fluentui/react-icons and show a bundle far larger than the pane's.
          options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
        },
      },
    ],
  },
  plugins: [
    // The pane's own page, so the harness shows the same fonts and margins; without office.js,
    // which a fake host does not need and a sandboxed browser cannot fetch.
    new HtmlWebpackPlugin({
      filename: "index.html",
      templateContent: fs
        .readFileSync(path.resolve(root, "src/taskpane/taskpane.html"), "utf8")
        .replace(/<script[^>]*office\.js[^>]*><\/script>/, ""),
      inject: "body",
    }),
  ],
  performance: { hints: false },
};
