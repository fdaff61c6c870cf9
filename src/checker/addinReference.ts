import type { AddinReference } from "../xlsx/package/addinSettings";

/** The add-in's manifest `<Id>` and `<Version>` (a test holds them to manifest.xml). */
export const ADDIN_ID = "6f1d3c2e-8a4b-4e52-9c1d-2b7e5a9f0c31";
export const ADDIN_VERSION = "0.1.0.0";

/**
 * The reference a checked copy's settings are written under when the workbook has no instance of
 * the add-in yet. Excel keeps settings per add-in instance and matches an instance by its
 * catalog, so the page is told how the add-in is deployed where it is served: checker.html's
 * `<meta name="party-ledger-addin-catalog">` holds `EXCatalog` (Microsoft 365 centralized
 * deployment, the default), a shared folder's path (`\\server\share`: a shared-folder catalog) or
 * `developer` (sideloaded).
 */
export function addinReference(catalog: string | null | undefined): AddinReference {
  const value = (catalog ?? "").trim();
  const base = { id: ADDIN_ID, version: ADDIN_VERSION };
  if (value.startsWith("\\\\")) return { ...base, store: value, storeType: "FileSystem" };
  if (value.toLowerCase() === "developer")
    return { ...base, store: "developer", storeType: "Registry" };
  return { ...base, store: "EXCatalog", storeType: "EXCatalog" };
}
