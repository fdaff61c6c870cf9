/** Types of scripts/manifestUrls.js for the tests that import it. */
export declare const DEV_BASE_URL: string;
export declare function normaliseBaseUrl(value: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
