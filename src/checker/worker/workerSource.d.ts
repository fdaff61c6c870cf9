/** A worker entry imported with `?worker`: its bundled script as text (scripts/inlineWorkerLoader.js). */
declare module "*?worker" {
  const source: string;
  export default source;
}
