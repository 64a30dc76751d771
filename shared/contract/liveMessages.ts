// The live-document channel's messages (a MessagePort in Electron, a WebSocket in browser mode).
// The payloads are Yjs' own encodings (state vectors, updates) and y-protocols' awareness updates;
// this file only declares which kinds exist, in which direction, and how big they may be.
// Anything else — an unknown kind, a wrong direction, trailing bytes, an oversize frame — is refused.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One frame at most: an offline afternoon's edits to a long article fit many times over. */
export const MAX_LIVE_MESSAGE_BYTES = 16 * 1024 * 1024;
const MAX_TEXT = 2000;

export type ClientMessage =
  /** Opens the exchange: what the window already has. */
  | { kind: 'hello'; stateVector: Uint8Array }
  /** Edits made in the window; `seq` is echoed in `saved` once they are on disk. */
  | { kind: 'update'; seq: number; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array };

/** How an article stands with the newsroom server, as the main side sees it ('off': none configured). */
export const NEWSROOM_SYNC_STATES = ['off', 'connecting', 'synced', 'waiting', 'offline', 'refused'] as const;
export type NewsroomSyncState = (typeof NEWSROOM_SYNC_STATES)[number];

export interface NewsroomSync {
  state: NewsroomSyncState;
  /** Changes made here that the server has not acknowledged yet. */
  waiting: number;
  /** Why, when refused (the server's reason); empty otherwise. */
  detail: string;
}

export type ServerMessage =
  /** What the window lacks, and what the main side has (so the window can send what it lacks). */
  | { kind: 'welcome'; update: Uint8Array; stateVector: Uint8Array }
  /** Another window's (or the main side's) edits. */
  | { kind: 'remote'; update: Uint8Array }
  /** Every update up to `seq` from this window is on disk. */
  | { kind: 'saved'; seq: number }
  | { kind: 'awareness'; update: Uint8Array }
  /** The main side cannot keep this window's edits (bad message, store unavailable); the channel closes. */
  | { kind: 'refused'; code: string; message: string }
  /** The article's standing with the newsroom server changed (and once after the welcome). */
  | ({ kind: 'sync' } & NewsroomSync);

const CLIENT_KINDS = ['hello', 'update', 'awareness'] as const;
const SERVER_KINDS = ['welcome', 'remote', 'saved', 'awareness', 'refused', 'sync'] as const;

export class LiveMessageError extends Error {
  override name = 'LiveMessageError';
}

function finish(encoder: encoding.Encoder): Uint8Array {
  const bytes = encoding.toUint8Array(encoder);
  if (bytes.byteLength > MAX_LIVE_MESSAGE_BYTES) throw new LiveMessageError(`message too large (${bytes.byteLength} bytes)`);
  return bytes;
}

export function encodeClientMessage(message: ClientMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CLIENT_KINDS.indexOf(message.kind));
  switch (message.kind) {
    case 'hello':
      encoding.writeVarUint8Array(encoder, message.stateVector);
      break;
    case 'update':
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.update);
      break;
  }
  return finish(encoder);
}

export function encodeServerMessage(message: ServerMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SERVER_KINDS.indexOf(message.kind));
  switch (message.kind) {
    case 'welcome':
      encoding.writeVarUint8Array(encoder, message.update);
      encoding.writeVarUint8Array(encoder, message.stateVector);
      break;
    case 'remote':
    case 'awareness':
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'saved':
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'refused':
      encoding.writeVarString(encoder, message.code.slice(0, MAX_TEXT));
      encoding.writeVarString(encoder, message.message.slice(0, MAX_TEXT));
      break;
    case 'sync':
      encoding.writeVarUint(encoder, NEWSROOM_SYNC_STATES.indexOf(message.state));
      encoding.writeVarUint(encoder, message.waiting);
      encoding.writeVarString(encoder, message.detail.slice(0, MAX_TEXT));
      break;
  }
  return finish(encoder);
}

/** Runs a decoder over the whole frame: lib0 throws on a short read; leftovers are refused here. */
function decodeWhole<T>(bytes: Uint8Array, read: (decoder: decoding.Decoder) => T): T {
  if (!(bytes instanceof Uint8Array)) throw new LiveMessageError('message is not binary');
  if (bytes.byteLength > MAX_LIVE_MESSAGE_BYTES) throw new LiveMessageError(`message too large (${bytes.byteLength} bytes)`);
  const decoder = decoding.createDecoder(bytes);
  let value: T;
  try {
    value = read(decoder);
  } catch (error) {
    if (error instanceof LiveMessageError) throw error;
    throw new LiveMessageError(`malformed message (${(error as Error).message})`);
  }
  if (decoding.hasContent(decoder)) throw new LiveMessageError('malformed message (trailing bytes)');
  return value;
}

function readSeq(decoder: decoding.Decoder): number {
  const seq = decoding.readVarUint(decoder);
  if (!Number.isSafeInteger(seq)) throw new LiveMessageError('malformed message (sequence number)');
  return seq;
}

export function decodeClientMessage(bytes: Uint8Array): ClientMessage {
  return decodeWhole(bytes, (decoder) => {
    const kind = CLIENT_KINDS[decoding.readVarUint(decoder)];
    switch (kind) {
      case 'hello':
        return { kind, stateVector: decoding.readVarUint8Array(decoder) };
      case 'update':
        return { kind, seq: readSeq(decoder), update: decoding.readVarUint8Array(decoder) };
      case 'awareness':
        return { kind, update: decoding.readVarUint8Array(decoder) };
      default:
        throw new LiveMessageError('unknown message kind');
    }
  });
}

export function decodeServerMessage(bytes: Uint8Array): ServerMessage {
  return decodeWhole(bytes, (decoder) => {
    const kind = SERVER_KINDS[decoding.readVarUint(decoder)];
    switch (kind) {
      case 'welcome':
        return { kind, update: decoding.readVarUint8Array(decoder), stateVector: decoding.readVarUint8Array(decoder) };
      case 'remote':
      case 'awareness':
        return { kind, update: decoding.readVarUint8Array(decoder) };
      case 'saved':
        return { kind, seq: readSeq(decoder) };
      case 'refused':
        return { kind, code: decoding.readVarString(decoder), message: decoding.readVarString(decoder) };
      case 'sync': {
        const state = NEWSROOM_SYNC_STATES[decoding.readVarUint(decoder)];
        if (!state) throw new LiveMessageError('malformed message (sync state)');
        return { kind, state, waiting: readSeq(decoder), detail: decoding.readVarString(decoder).slice(0, MAX_TEXT) };
      }
      default:
        throw new LiveMessageError('unknown message kind');
    }
  });
}
