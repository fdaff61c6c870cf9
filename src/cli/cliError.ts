/** Exit codes of `party-ledger`: 0 no errors found, 1 errors found, 2 a file or option could not be used. */
export const EXIT = { ok: 0, errorsFound: 1, unusable: 2 } as const;

/** A problem the user must fix (a file, an option); printed as its message alone, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.unusable,
    options?: { cause?: unknown }
  ) {
    super(message, options);
    this.name = "CliError";
  }
}
