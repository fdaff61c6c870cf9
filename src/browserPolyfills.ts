/**
 * Standard-library features newer than ES2017 that the browser bundles call. Excel on Windows may
 * host the add-in in EdgeHTML 18, which has ES2017 but not these; the build lowers syntax to
 * ES2017, but a missing method can only be supplied at run time. core-js adds each one only where
 * the browser lacks it (WeakRef, which cannot be polyfilled, gets a stand-in of our own). Every import here answers one lib entry of tsconfig.browser.json beyond
 * ES2017, which is what lets the type-check allow the method at all; browserPolyfills.test.ts
 * keeps the two lists equal.
 *
 * The modules are core-js's single-feature ones (as Babel's preset-env imports them), not its
 * `actual/` entries, which bring their relatives along: 13 KB gzipped instead of 20.
 *
 * Imported first by every browser entry.
 */
import "core-js/modules/es.promise.finally"; // ES2018.Promise
import "core-js/modules/es.array.flat"; // ES2019.Array
import "core-js/modules/es.array.flat-map"; // ES2019.Array
import "core-js/modules/es.object.from-entries"; // ES2019.Object
import "core-js/modules/es.string.trim-start"; // ES2019.String
import "core-js/modules/es.string.trim-end"; // ES2019.String
import "core-js/modules/es.string.match-all"; // ES2020.String, ES2020.Symbol.WellKnown
import "core-js/modules/es.aggregate-error"; // ES2021.Promise
import "core-js/modules/es.symbol.async-iterator"; // ES2018.AsyncIterable, ES2018.AsyncGenerator
import "core-js/modules/es.error.cause"; // ES2022.Error
import "./weakRefFallback"; // ES2021.WeakRef
