// Typed failures that cross the process boundary. Nothing is thrown across it.
import type { Phrase } from '../text/phrases';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'invalid_transition',
  'storage_unavailable',
  'forbidden',
  /** A CMS or other site the person configured could not be reached, or refused. */
  'remote_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Only for `conflict`: the revision now in the store. */
  currentRevision?: number;
  /** The message as a phrase of `ERROR_MESSAGES`, for the interface to say in its language. */
  text?: Phrase;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown inside the main side by store and service code; turned into a typed error at the boundary. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly currentRevision?: number,
    readonly text?: Phrase,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
