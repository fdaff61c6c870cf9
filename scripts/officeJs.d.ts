/** Types of scripts/officeJs.js for the tests that import it. */
export declare const EXCEL_PLATFORMS: readonly string[];
export declare const LOCAL_DIR: string;
export declare const OFFICE_JS_CDN: string;
export interface OfficeJsPlan {
  cdn: string | null;
  local: string | null;
}
export declare function officeJsPlan(mode: string | undefined): OfficeJsPlan;
export declare function fallbackScript(local: string): string;
export declare function supportedLocales(officeJsSource: string): string[];
export declare function officeJsFiles(distDir: string): string[];
export declare function stripOfficeJsTags(html: string): string;
export declare class OfficeJsScriptPlugin {
  constructor(plan: OfficeJsPlan, options?: { without?: string[] });
  readonly plan: OfficeJsPlan;
  apply(compiler: unknown): void;
}
