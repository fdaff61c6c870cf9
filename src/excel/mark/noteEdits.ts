import { composeNote, userPartOf, withoutOurBlock } from "./noteText";
import { type NoteBox } from "../../engine";

/**
 * The note changes that bring a sheet from what is there (the user's notes, perhaps with blocks of
 * an earlier check) to what a check wants (our block on each target cell), computed as data so the
 * adapter only queues them. A cell whose text is already right is left alone.
 */

export type NoteEdit =
  | { address: string; action: "add"; content: string }
  | { address: string; action: "set"; content: string }
  | { address: string; action: "delete" };

/**
 * @param existing every note of the sheet, cell address → text
 * @param wanted our block per target cell ("A5" → "【不符合】…"); empty to only strip ours
 */
export function noteEdits(
  existing: ReadonlyMap<string, string>,
  wanted: ReadonlyMap<string, string>
): NoteEdit[] {
  const edits: NoteEdit[] = [];
  for (const [address, block] of wanted) {
    const current = existing.get(address);
    const content = composeNote(current === undefined ? null : userPartOf(current), block);
    if (current === undefined) edits.push({ address, action: "add", content });
    else if (current !== content) edits.push({ address, action: "set", content });
  }
  for (const [address, current] of existing) {
    if (wanted.has(address)) continue;
    const stripped = withoutOurBlock(current);
    if (stripped === undefined) continue;
    edits.push(
      stripped === null || stripped === ""
        ? { address, action: "delete" }
        : { address, action: "set", content: stripped }
    );
  }
  return edits;
}

/**
 * Queues note edits on a sheet, each given room in the batch first. `size` gives the box a note's
 * text needs, or undefined to leave the box as it is (a user's note keeps the size its owner gave
 * it; a host that cannot size notes passes none).
 */
export async function queueNoteEdits(
  notes: Excel.NoteCollection,
  edits: readonly NoteEdit[],
  room: (texts: readonly string[]) => Promise<void>,
  size: (content: string) => NoteBox | undefined = () => undefined
): Promise<void> {
  const resize = (note: Excel.Note, content: string): void => {
    const box = size(content);
    if (!box) return;
    note.width = box.width;
    note.height = box.height;
  };
  for (const edit of edits) {
    if (edit.action === "add") {
      await room([edit.address, edit.content]);
      resize(notes.add(edit.address, edit.content), edit.content);
    } else if (edit.action === "set") {
      await room([edit.address, edit.content]);
      const note = notes.getItem(edit.address);
      note.content = edit.content;
      resize(note, edit.content);
    } else {
      await room([edit.address]);
      notes.getItem(edit.address).delete();
    }
  }
}
