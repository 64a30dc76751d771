// Image facts (size, type, metadata) by asset id, fetched once per id and shared by every slot.
import { useEffect, useState } from 'react';
import type { AssetInfo } from '../../../shared/contract/channels';
import { bridge } from '../../transport/bridge';
import { afterPaint } from '../../app/afterPaint';

const known = new Map<string, AssetInfo>();
const pending = new Map<string, Promise<AssetInfo | null>>();

export function rememberAsset(info: AssetInfo): void {
  known.set(info.id, info);
}

export function knownAssetSizes(): ReadonlyMap<string, { width: number; height: number }> {
  return known;
}

function load(id: string): Promise<AssetInfo | null> {
  let request = pending.get(id);
  if (!request) {
    request = bridge.call('assets:get', { id }).then((result) => {
      if (!result.ok) return null;
      known.set(id, result.value);
      return result.value;
    });
    pending.set(id, request);
  }
  return request;
}

export function useAssetInfo(id: string | null): AssetInfo | null {
  const [info, setInfo] = useState<AssetInfo | null>(() => (id ? (known.get(id) ?? null) : null));
  useEffect(() => {
    if (!id) {
      setInfo(null);
      return;
    }
    const cached = known.get(id);
    if (cached) {
      setInfo(cached);
      return;
    }
    let live = true;
    const cancel = afterPaint(() => void load(id).then((value) => live && setInfo(value)));
    return () => {
      live = false;
      cancel();
    };
  }, [id]);
  return info;
}
