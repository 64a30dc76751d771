// The address an <img> shows an asset from. Electron's app protocol serves /asset/<id> to its own
// page directly; browser mode's server wants the token in a header, which an <img> cannot send, so
// the image is fetched once with it and shown from a blob: URL.
import { useEffect, useState } from 'react';
import { assetPath } from '../../../shared/editor/imageSlot';
import { authorizedFetch, isElectron } from '../../transport/bridge';
import { afterPaint } from '../../app/afterPaint';

const loaded = new Map<string, Promise<string | null>>();

function load(id: string): Promise<string | null> {
  let request = loaded.get(id);
  if (!request) {
    request = authorizedFetch(assetPath(id))
      .then(async (response) => (response.ok ? URL.createObjectURL(await response.blob()) : null))
      .catch(() => null);
    loaded.set(id, request);
    // A failure is not remembered: the next look tries again.
    void request.then((url) => url === null && loaded.delete(id));
  }
  return request;
}

export function useAssetUrl(id: string | null): string | null {
  const [url, setUrl] = useState<string | null>(() => (id && isElectron ? assetPath(id) : null));
  useEffect(() => {
    if (!id) {
      setUrl(null);
      return;
    }
    if (isElectron) {
      setUrl(assetPath(id));
      return;
    }
    let live = true;
    const cancel = afterPaint(() => void load(id).then((value) => live && setUrl(value)));
    return () => {
      live = false;
      cancel();
    };
  }, [id]);
  return url;
}
