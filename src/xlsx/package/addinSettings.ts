import type { ContentTypes } from "./contentTypes";
import { relativeTarget, type OoxmlPackage } from "./ooxmlPackage";
import { Relationships } from "./relationships";
import {
  applySplices,
  escapeAttribute,
  firstChild,
  insertAt,
  parseXml,
  prefixFor,
  prefixOf,
  setAttribute,
  type Splice,
  type XmlElement,
} from "./xmlDocument";

/*
 * An Office add-in's document settings (Office.context.document.settings) as a workbook keeps
 * them: a task-pane add-in used in a workbook is a web extension part
 * (xl/webextensions/webextensionN.xml, [MS-OWEXML] CT_OsfWebExtension) reached from the package's
 * task-pane part (xl/webextensions/taskpanes.xml); each setting is a `<we:property name value>`
 * whose value is the setting as JSON text — office.js stores `JSON.stringify(value)` per key
 * (OSF.OUtil.serializeSettings in @microsoft/office-js). Settings belong to one add-in instance:
 * Excel matches the part's `<we:reference>` (id, store and store type) with the add-in as it is
 * installed, so a reference for another catalog is another instance (Microsoft: "by design",
 * https://github.com/OfficeDev/office-js/issues/840). Microsoft's documented way of writing these
 * parts from outside Office: "Automatically open a task pane with a document", "Use Open XML to
 * tag the document" (learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 */

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TASKPANES_REL =
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_REL = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const TASKPANES_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
const FOLDER = "xl/webextensions";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The add-in as a web extension part names it ([MS-OWEXML] CT_OsfWebExtensionReference). */
export interface AddinReference {
  /** The manifest's `<Id>` (a GUID). */
  id: string;
  /** The manifest's `<Version>`. */
  version: string;
  /** Where the add-in was installed from: "EXCatalog", a share's path, "developer"… */
  store: string;
  /** "EXCatalog" (Microsoft 365 centralized deployment), "FileSystem" (a shared-folder catalog), "Registry" (sideloaded), "OMEX" (AppSource). */
  storeType: string;
}

interface Extension {
  part: string;
  source: string;
  root: XmlElement;
}

const sameId = (a: string, b: string): boolean =>
  a.replace(/[{}]/g, "").toLowerCase() === b.replace(/[{}]/g, "").toLowerCase();

/** The task-pane web extensions of the package that are instances of the add-in `addinId`. */
function extensionsOf(pkg: OoxmlPackage, addinId: string): Extension[] {
  const found: Extension[] = [];
  for (const taskpanes of Relationships.read(pkg, "").ofKind("webextensiontaskpanes")) {
    if (!taskpanes.part) continue;
    for (const rel of Relationships.read(pkg, taskpanes.part).ofKind("webextension")) {
      const source = rel.part ? pkg.text(rel.part) : undefined;
      if (!rel.part || source === undefined) continue;
      const root = parseXml(source, rel.part).root;
      const reference = firstChild(root, "reference");
      if (reference && sameId(reference.attributes.id ?? "", addinId)) {
        found.push({ part: rel.part, source, root });
      }
    }
  }
  return found;
}

function propertyOf(extension: Extension, name: string): XmlElement | undefined {
  const properties = firstChild(extension.root, "properties");
  return properties?.children.find(
    (child) => child.local === "property" && child.attributes.name === name
  );
}

/**
 * The setting `name` of the add-in `addinId` as stored (JSON text), from the first instance of the
 * add-in that holds it; undefined when none does. A damaged part reads as no setting.
 */
export function readAddinProperty(
  pkg: OoxmlPackage,
  addinId: string,
  name: string
): string | undefined {
  try {
    for (const extension of extensionsOf(pkg, addinId)) {
      const value = propertyOf(extension, name)?.attributes.value;
      if (value !== undefined) return value;
    }
  } catch {
    // Settings are a convenience: a part we cannot parse leaves the defaults, never a failure.
  }
  return undefined;
}

/**
 * Sets the add-in's setting `name` to `value` (JSON text, as office.js stores it). An instance of
 * the add-in the workbook already has keeps its reference and gets the property (added, or its
 * value replaced); a workbook without one gets a web extension part for `reference` and a task
 * pane that is not shown on opening (`visibility="0"`), so Excel opens nothing by itself.
 */
export function writeAddinProperty(
  pkg: OoxmlPackage,
  types: ContentTypes,
  reference: AddinReference,
  name: string,
  value: string
): void {
  const existing = extensionsOf(pkg, reference.id)[0];
  if (existing) {
    pkg.setText(
      existing.part,
      applySplices(existing.source, [propertySplice(existing, name, value)])
    );
    return;
  }
  const part = unusedExtensionPart(pkg);
  pkg.setText(part, extensionXml(reference, name, value));
  types.addOverride(part, WEBEXTENSION_TYPE);
  const root = Relationships.read(pkg, "");
  let taskpanes = root.ofKind("webextensiontaskpanes")[0]?.part ?? undefined;
  if (!taskpanes || !pkg.has(taskpanes)) {
    taskpanes = `${FOLDER}/taskpanes.xml`;
    pkg.setText(
      taskpanes,
      `${XML_DECLARATION}<wetp:taskpanes xmlns:wetp="${WETP}"></wetp:taskpanes>`
    );
    types.addOverride(taskpanes, TASKPANES_TYPE);
    root.add(TASKPANES_REL, taskpanes);
    root.save();
  }
  const rels = Relationships.read(pkg, taskpanes);
  const id = rels.add(WEBEXTENSION_REL, relativeTarget(taskpanes, part));
  rels.save();
  addTaskpane(pkg, taskpanes, id);
}

/** Sets the property in an instance's `<we:properties>`, making the element whole if needed. */
function propertySplice(extension: Extension, name: string, value: string): Splice {
  const property = propertyOf(extension, name);
  if (property) return setAttribute(extension.source, property, "value", value);
  const prefix = prefixOf(extension.root);
  const element = `<${prefix}property name="${escapeAttribute(name)}" value="${escapeAttribute(value)}"/>`;
  const properties = firstChild(extension.root, "properties");
  if (properties && !properties.selfClosing) return insertAt(properties.closeStart, element);
  if (properties) {
    return {
      at: properties.start,
      remove: properties.end - properties.start,
      insert: `<${properties.name}>${element}</${properties.name}>`,
    };
  }
  // CT_OsfWebExtension puts the property bag after the references, before the bindings.
  const bindings = firstChild(extension.root, "bindings");
  const at = bindings ? bindings.start : extension.root.closeStart;
  return insertAt(at, `<${prefix}properties>${element}</${prefix}properties>`);
}

function unusedExtensionPart(pkg: OoxmlPackage): string {
  for (let n = 1; ; n++) {
    const part = `${FOLDER}/webextension${n}.xml`;
    if (!pkg.has(part)) return part;
  }
}

/** A GUID in braces, as Office names a web extension instance. */
function instanceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

function extensionXml(reference: AddinReference, name: string, value: string): string {
  const attribute = escapeAttribute;
  return (
    `${XML_DECLARATION}<we:webextension xmlns:we="${WE}" id="${instanceId()}">` +
    `<we:reference id="${attribute(reference.id)}" version="${attribute(reference.version)}" ` +
    `store="${attribute(reference.store)}" storeType="${attribute(reference.storeType)}"/>` +
    `<we:alternateReferences/>` +
    `<we:properties><we:property name="${attribute(name)}" value="${attribute(value)}"/></we:properties>` +
    `<we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`
  );
}

/** A task pane for the new instance, docked right and not shown until the user opens the add-in. */
function addTaskpane(pkg: OoxmlPackage, part: string, relationshipId: string): void {
  const source = pkg.text(part) ?? "";
  const root = parseXml(source, part).root;
  const prefix = prefixFor(root, WETP) ?? prefixOf(root);
  const pane =
    `<${prefix}taskpane dockstate="right" visibility="0" width="350" row="1">` +
    `<${prefix}webextensionref xmlns:r="${R}" r:id="${relationshipId}"/></${prefix}taskpane>`;
  const splice: Splice = root.selfClosing
    ? {
        at: root.start,
        remove: root.end - root.start,
        insert: `${source.slice(root.start, root.end - 2)}>${pane}</${root.name}>`,
      }
    : insertAt(root.closeStart, pane);
  pkg.setText(part, applySplices(source, [splice]));
}
