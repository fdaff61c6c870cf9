/**
 * The batching half of the fake Excel: operations are queued by the proxies and run only at sync(),
 * in order, as Office.js does. Each sync is measured (operations, approximate request and response
 * bytes as serialised JSON) and may be refused above configured payload limits.
 */

/**
 * Excel's messages in the users' language (zh-CN). Microsoft: "code … Error codes aren't localized";
 * "message … contains a summary of the error in the localized string. The error message isn't
 * intended for consumption by end users; you should use the error code and appropriate business
 * logic to determine the error message that your add-in shows to end users"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * So the fake's messages carry no English word an adapter could match: it must go by `code`.
 */
const LOCALISED_MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "无法执行所请求的操作。",
  ApiNotFound: "找不到你尝试使用的 API。",
  GeneralException: "处理请求时出现内部错误。",
  InvalidArgument: "参数无效、缺失或格式不正确。",
  InvalidCellAddress: "单元格地址无效。",
  InvalidOperation: "所尝试的操作无效。",
  InvalidOperationInCellEditMode:
    "Excel 处于单元格编辑模式。请按 Enter 或 Tab 键或选择其他单元格退出编辑模式，然后重试。",
  InvalidSelection: "当前所选内容对此操作无效。",
  ItemAlreadyExists: "正在创建的资源已存在。",
  ItemNotFound: "请求的资源不存在。",
  PropertyNotLoaded:
    "属性不可用。读取属性的值之前，请对包含的对象调用 load 方法，并调用关联请求上下文的 context.sync()。",
  RequestPayloadSizeLimitExceeded: "请求有效负载大小已超出限制。",
  ResponsePayloadSizeLimitExceeded: "响应有效负载大小已超出限制。",
};

/**
 * What an OfficeExtension.Error looks like to the adapter: a `code`, a localised `message`, and
 * `debugInfo` (what the fake found wrong, in English, for whoever reads a failing test).
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    detail: string
  ) {
    super(LOCALISED_MESSAGES[code] ?? LOCALISED_MESSAGES.GeneralException);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message: detail };
  }
}

export interface RequestRecord {
  operations: number;
  /** Approximate size of the request: the JSON of every queued operation and its arguments. */
  bytes: number;
  /** Approximate size of the response: the JSON of every loaded value. */
  responseBytes: number;
  /** The error code the request failed with, if any. */
  failed: string | null;
}

/** A write that touched a cell's value, formula or format (never expected on a ledger sheet). */
export interface CellWrite {
  sheet: string;
  address: string;
  /** "values", "formulas", "numberFormat", "format.fill.color"… */
  property: string;
}

export interface FakeStats {
  syncs: number;
  requests: RequestRecord[];
  cellWrites: CellWrite[];
  screenUpdatingSuspensions: number;
  /** The longest address passed to getRange / getRanges, in characters. */
  longestAddress: number;
}

export interface FakeLimits {
  /**
   * Cut the `sync`-th request (1-based) short after its first `afterOperations` operations, as when
   * Excel ends a function command's runtime or a write fails half-way. What ran stays applied:
   * Excel runs a request's operations in order and rolls none back — OfficeExtension.Error's
   * traceMessages "contains all trace messages that were executed before the error occurred"
   * (https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  interruptAt?: { sync: number; afterOperations: number };
  /** Refuse requests above this many bytes (RequestPayloadSizeLimitExceeded). */
  requestBytes?: number;
  /** Refuse responses above this many bytes (ResponsePayloadSizeLimitExceeded). */
  responseBytes?: number;
}

/** One loaded value waiting for the response to be accepted. */
export type Commit = () => void;

export interface RunContext {
  /** Adds a loaded value to the response; it becomes readable once the sync succeeds. */
  deliver(value: unknown, commit: Commit): void;
}

interface QueuedOperation {
  descriptor: Record<string, unknown>;
  run: (context: RunContext) => void;
}

const byteLength = (value: unknown): number =>
  new TextEncoder().encode(JSON.stringify(value) ?? "").length;

export class FakeRequest {
  private queue: QueuedOperation[] = [];
  private nextId = 1;
  readonly stats: FakeStats = {
    syncs: 0,
    requests: [],
    cellWrites: [],
    screenUpdatingSuspensions: 0,
    longestAddress: 0,
  };

  constructor(private readonly limits: FakeLimits) {}

  newObjectId(): number {
    return this.nextId++;
  }

  /** Queues an operation; `descriptor` is what travels in the request (for its size). */
  enqueue(descriptor: Record<string, unknown>, run: (context: RunContext) => void): void {
    this.queue.push({ descriptor, run });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const record: RequestRecord = {
      operations: operations.length,
      bytes: operations.reduce((sum, op) => sum + byteLength(op.descriptor), 0),
      responseBytes: 0,
      failed: null,
    };
    this.stats.requests.push(record);
    await Promise.resolve();
    if (this.limits.requestBytes !== undefined && record.bytes > this.limits.requestBytes) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError(record.failed, "The request payload size has exceeded the limit.");
    }
    const commits: Commit[] = [];
    const context: RunContext = {
      deliver: (value, commit) => {
        record.responseBytes += byteLength(value);
        commits.push(commit);
      },
    };
    const interrupt = this.limits.interruptAt;
    const cutAfter = interrupt?.sync === this.stats.syncs ? interrupt.afterOperations : Infinity;
    try {
      operations.forEach((operation, index) => {
        if (index >= cutAfter) {
          throw new FakeOfficeError("GeneralException", "The request was cut short.");
        }
        operation.run(context);
      });
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : "GeneralException";
      throw error;
    }
    if (
      this.limits.responseBytes !== undefined &&
      record.responseBytes > this.limits.responseBytes
    ) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError(record.failed, "The response payload size has exceeded the limit.");
    }
    for (const commit of commits) commit();
  }
}
