// A gallery in the editor: kept a gallery (galleryTransform.ts), its element named as a group for screen readers.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerGalleryTransform } from './galleryTransform';
import { GalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function GalleryPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const label = t('gallery.label');

  useEffect(() => registerGalleryTransform(editor), [editor]);

  useEffect(() => {
    const name = (key: string) => {
      const dom = editor.getElementByKey(key);
      dom?.setAttribute('role', 'group');
      dom?.setAttribute('aria-label', label);
    };
    const unregister = editor.registerMutationListener(GalleryNode, (mutations) => {
      for (const [key, mutation] of mutations) if (mutation !== 'destroyed') name(key);
    });
    return unregister;
  }, [editor, label]);

  return null;
}
