/**
 * The two ways the report refuses to run, each with its exit code: the command line was wrong (2), or an input
 * cannot be used (1). Both carry a message written for a trainer; neither is ever shown as a stack trace.
 */

export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}

/** An input file (or the course content) that the report cannot use; `file` names it in the message. */
export class InputError extends Error {
  readonly exitCode = 1;
  override name = 'InputError';

  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}
