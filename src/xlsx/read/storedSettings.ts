import {
  validateAcknowledgements,
  type Acknowledgement,
  ACKNOWLEDGEMENTS_KEY,
  ADDIN_ID,
  parseStoredValue,
  SETTINGS_KEY,
  validateStoredSettings,
  type StoredSettings,
} from "../../engine";
import { parseXmlPart, type XlsxPackage } from "./xmlParts";

/** What the add-in stored in a workbook: the check's settings and the explained warnings. */
export interface WorkbookStoredSettings {
  settings: StoredSettings;
  acknowledgements: Acknowledgement[];
}

export const NO_STORED_SETTINGS: WorkbookStoredSettings = { settings: {}, acknowledgements: [] };

/**
 * Excel keeps an add-in's document settings (Office.Settings) in a web-extension part,
 * xl/webextensions/webextensionN.xml: a `<we:reference id>` naming the add-in and a
 * `<we:property name value>` per setting, each value serialised as JSON ([MS-OWEXML] 2.3.51
 * CT_WebExtensionProperty; https://learn.microsoft.com/javascript/api/office/office.settings).
 */
const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension[^/]*\.xml$/;

const localName = (name: string): string => name.slice(name.lastIndexOf(":") + 1);
const sameId = (id: string): boolean =>
  id.replace(/[{}]/g, "").toLowerCase() === ADDIN_ID.toLowerCase();

interface WebExtension {
  ours: boolean;
  properties: Map<string, string>;
}

async function readWebExtension(pkg: XlsxPackage, part: string): Promise<WebExtension> {
  const found: WebExtension = { ours: false, properties: new Map() };
  await parseXmlPart(pkg, part, (parser) => {
    parser.on("opentag", (tag) => {
      const name = localName(tag.name);
      if (name === "reference" && typeof tag.attributes.id === "string") {
        found.ours = found.ours || sameId(tag.attributes.id);
      } else if (name === "property") {
        const { name: key, value } = tag.attributes;
        if (typeof key === "string" && typeof value === "string") found.properties.set(key, value);
      }
    });
  });
  return found;
}

/** A property's value: the JSON Office wrote, around the JSON text the add-in stored. */
function propertyValue(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  return parseStoredValue(parseStoredValue(raw));
}

/**
 * The settings and explained warnings the add-in stored in this workbook, so the command line
 * checks it as the add-in does. A part whose reference names our add-in wins; otherwise the first
 * part holding our keys (the same add-in sideloaded under another id). Anything unreadable reads
 * as "not stored"; a damaged part is the caller's XlsxReadError, as for any other part.
 */
export async function readStoredSettings(pkg: XlsxPackage): Promise<WorkbookStoredSettings> {
  const parts = [...pkg.parts.keys()].filter((name) => WEB_EXTENSION_PART.test(name)).sort();
  let chosen: WebExtension | undefined;
  for (const part of parts) {
    const extension = await readWebExtension(pkg, part);
    const holdsOurs =
      extension.properties.has(SETTINGS_KEY) || extension.properties.has(ACKNOWLEDGEMENTS_KEY);
    if (!holdsOurs) continue;
    if (extension.ours) {
      chosen = extension;
      break;
    }
    chosen ??= extension;
  }
  if (!chosen) return NO_STORED_SETTINGS;
  return {
    settings: validateStoredSettings(propertyValue(chosen.properties.get(SETTINGS_KEY))),
    acknowledgements: validateAcknowledgements(
      propertyValue(chosen.properties.get(ACKNOWLEDGEMENTS_KEY))
    ),
  };
}
