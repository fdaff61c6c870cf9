/**
 * Features beyond the manifest's ExcelApi 1.9, each used only where its guard says yes. A guard asks
 * two things, because either can be missing on its own:
 *
 * - the host: `Office.context.requirements.isSetSupported("ExcelApi", "1.<minor>")` — what Excel
 *   itself implements (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime);
 * - the loaded office.js: whether its `Excel` namespace has the classes and members the feature
 *   calls. isSetSupported answers from the host, not from the library the page loaded, so an older
 *   office.js (the @microsoft/office-js copy the build falls back to has no `Excel.NoteCollection`)
 *   on a current Microsoft 365 says yes to ExcelApi 1.18 and then fails with a TypeError on
 *   `worksheet.notes`.
 *
 * test/excel-limits/requirementSets.test.ts fails when the source uses a member above 1.9 that no
 * feature lists, or outside the files a feature allows; test/excel-limits/officeLibrary.test.ts
 * loads the office.js dist/ ships and fails when a member the guards let through is not in it.
 */

export interface GuardedFeature {
  /** ExcelApi 1.<minor>, the requirement set the host must claim. */
  minor: number;
  /** "Class.member" of every Office.js member the feature calls above the manifest's set. */
  members: readonly string[];
  /** The only source files that may use those members (and must ask the guard first). */
  files: readonly string[];
}

export const GUARDED_FEATURES = {
  /** Cell notes: https://learn.microsoft.com/javascript/api/excel/excel.notecollection (ExcelApi 1.18). */
  notes: {
    minor: 18,
    members: [
      "Worksheet.notes",
      "NoteCollection.add",
      "NoteCollection.getItem",
      "Note.content",
      "Note.delete",
      "Note.getLocation",
    ],
    files: [
      "src/excel/mark/applyHighlights.ts",
      "src/excel/mark/clearMarks.ts",
      "src/excel/mark/noteEdits.ts",
      "src/excel/mark/scanMarks.ts",
    ],
  },
  /**
   * A note's box size, so the whole text shows (Excel opens every note 108 × 59 points):
   * https://learn.microsoft.com/javascript/api/excel/excel.note#excel-excel-note-width-member
   * (ExcelApi 1.18). Microsoft: "This property is not supported in Excel on the web" — there the
   * box keeps Excel's size (noteSizeSupported).
   */
  noteSize: {
    minor: 18,
    members: ["Note.width", "Note.height"],
    files: ["src/excel/mark/noteEdits.ts"],
  },
  /**
   * Where threaded comments are, so a note of ours never goes on their cell (a cell holds one or
   * the other): https://learn.microsoft.com/javascript/api/excel/excel.commentcollection (ExcelApi 1.10).
   */
  threadedComments: {
    minor: 10,
    members: ["Worksheet.comments", "CommentCollection.items", "Comment.id", "Comment.getLocation"],
    files: ["src/excel/mark/scanMarks.ts"],
  },
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1) */
  mergedAreas: {
    minor: 13,
    members: ["Range.getMergedAreasOrNullObject"],
    files: ["src/excel/read/readMerges.ts"],
  },
} as const satisfies Record<string, GuardedFeature>;

export type FeatureName = keyof typeof GUARDED_FEATURES;

/**
 * Whether the host supports ExcelApi 1.<minor>. False outside Office (tests without a host, the
 * command line) and when the check itself fails, so a feature is never used on a guess.
 */
export function excelApiSupported(minor: number): boolean {
  if (typeof Office === "undefined") return false;
  try {
    return Office.context?.requirements?.isSetSupported("ExcelApi", `1.${minor}`) === true;
  } catch {
    return false;
  }
}

/** The page's `Excel` namespace as office.js left it, or undefined before (or without) office.js. */
function loadedExcel(): unknown {
  return typeof Excel === "undefined" ? undefined : Excel;
}

/**
 * Whether a loaded `Excel` namespace has every "Class.member": the class exists and the member is
 * on its prototype (office.js defines methods and property accessors there).
 */
export function libraryHas(members: readonly string[], excel: unknown = loadedExcel()): boolean {
  if (typeof excel !== "object" || excel === null) return false;
  return members.every((member) => {
    const [className = "", name = ""] = member.split(".");
    const cls: unknown = Reflect.get(excel, className);
    if (typeof cls !== "function") return false;
    const prototype: unknown = Reflect.get(cls, "prototype");
    return typeof prototype === "object" && prototype !== null && name in prototype;
  });
}

/** Both the host and the loaded library have the feature. */
export function featureSupported(name: FeatureName): boolean {
  const feature: GuardedFeature = GUARDED_FEATURES[name];
  return excelApiSupported(feature.minor) && libraryHas(feature.members);
}

/** Notes can be written and stripped; otherwise reasons stay in the pane and summary. */
export const notesSupported = (): boolean => featureSupported("notes");

/** Excel on the web: some members exist there but are documented as not supported. */
function onTheWeb(): boolean {
  if (typeof Office === "undefined") return false;
  try {
    return String(Office.context?.diagnostics?.platform) === "OfficeOnline";
  } catch {
    return false;
  }
}

/** Notes can be sized to their text: not on the web, where Note.width and height are unsupported. */
export const noteSizeSupported = (): boolean => featureSupported("noteSize") && !onTheWeb();

/** The host can say which cells hold threaded comments. */
export const threadedCommentsSupported = (): boolean => featureSupported("threadedComments");

/** The host can tell which cells are merged. */
export const mergedAreasSupported = (): boolean => featureSupported("mergedAreas");
