// The live channel's messages: they round-trip, and a malformed one is refused, not guessed at.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { decodeServerMessage, encodeServerMessage, LiveMessageError, NEWSROOM_SYNC_STATES } from '../../../shared/contract/liveMessages';

describe('the sync message', () => {
  it('round-trips every state', () => {
    for (const state of NEWSROOM_SYNC_STATES) {
      const message = { kind: 'sync' as const, state, waiting: 3, detail: state === 'refused' ? 'Unknown or revoked token.' : '' };
      expect(decodeServerMessage(encodeServerMessage(message))).toEqual(message);
    }
  });

  it('refuses an unknown state and trailing bytes', () => {
    const unknown = encoding.createEncoder();
    encoding.writeVarUint(unknown, 5); // 'sync'
    encoding.writeVarUint(unknown, 99);
    encoding.writeVarUint(unknown, 0);
    encoding.writeVarString(unknown, '');
    expect(() => decodeServerMessage(encoding.toUint8Array(unknown))).toThrow(LiveMessageError);
    const trailing = new Uint8Array([...encodeServerMessage({ kind: 'sync', state: 'synced', waiting: 0, detail: '' }), 7]);
    expect(() => decodeServerMessage(trailing)).toThrow(/trailing/);
  });
});

describe('the welcome message', () => {
  it('round-trips', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'halo');
    const update = Y.encodeStateAsUpdate(doc);
    const full = { kind: 'welcome' as const, update, stateVector: Y.encodeStateVector(doc) };
    expect(decodeServerMessage(encodeServerMessage(full))).toEqual(full);
  });
});
