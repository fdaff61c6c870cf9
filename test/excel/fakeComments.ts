import { FakeClientObject, FakeCollection, type FakeEnvironment } from "./fakeClientObject";
import { FakeRange, areaOrFail } from "./fakeRange";
import type { FakeCommentState, FakeSheetState } from "./fakeState";

/**
 * Threaded comments (ExcelApi 1.10) of the fake Excel, as far as the adapter reads them: where they
 * are, so that a note of ours never goes on their cell (a cell holds a note or a threaded comment,
 * not both — see FakeNoteCollection.add). Seed them with a sheet's `threadedComments`.
 */

const COMMENTS_API = 10;

interface CommentTarget {
  sheet: FakeSheetState;
  comment: FakeCommentState;
}

export class FakeComment extends FakeClientObject<CommentTarget> {
  constructor(env: FakeEnvironment, resolver: () => CommentTarget | null) {
    super(env, resolver, "Comment");
  }
  protected scalarNames(): readonly string[] {
    return ["id", "content"];
  }
  protected readScalar({ sheet, comment }: CommentTarget, name: string): unknown {
    this.requireApi(COMMENTS_API);
    return name === "id" ? `{comment-${sheet.id}-${comment.address}}` : comment.content;
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get content(): string {
    return this.loadedValue("content");
  }
  /** The comment's cell. */
  getLocation(): FakeRange {
    let location: CommentTarget | null = null;
    this.queue("getLocation", [], () => {
      this.requireApi(COMMENTS_API);
      location = this.target();
    });
    return new FakeRange(this.env, () =>
      location ? { sheet: location.sheet, rect: areaOrFail(location.comment.address) } : null
    );
  }
}

export class FakeCommentCollection extends FakeCollection<
  FakeSheetState,
  CommentTarget,
  FakeComment
> {
  constructor(env: FakeEnvironment, resolver: () => FakeSheetState | null) {
    super(env, resolver, "CommentCollection");
  }
  protected itemTargets(sheet: FakeSheetState): CommentTarget[] {
    this.requireApi(COMMENTS_API);
    return sheet.comments.map((comment) => ({ sheet, comment }));
  }
  protected makeItem(item: CommentTarget): FakeComment {
    return new FakeComment(this.env, () => item);
  }
}
