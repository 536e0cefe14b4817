/**
 * Errors cross the IPC and HTTP boundaries as plain data, never as thrown objects
 * (class prototypes do not survive the bridge). Every handler's outcome is an
 * `ApiResponse`; the client turns `ok: false` back into a thrown `ApiError`.
 */
export type ApiErrorCode =
  | 'invalid-arguments'
  | 'not-found'
  | 'conflict'
  | 'cancelled'
  | 'unsupported'
  | 'io'
  | 'forbidden'
  | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  /** What failed, for which input. */
  message: string;
  /** What the user can do about it. */
  hint?: string;
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return this.hint === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, hint: this.hint };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.hint);
  }
}

/** Turns anything thrown by a service into the wire form. Unknown errors keep their message; stack traces stay on the server side. */
export function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  if (err instanceof Error) return { code: 'internal', message: err.message || err.name };
  return { code: 'internal', message: String(err) };
}
