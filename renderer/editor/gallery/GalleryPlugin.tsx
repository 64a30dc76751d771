// A gallery in the editor: kept a gallery (galleryTransform.ts), its element named as a group for screen readers.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerGalleryTransform } from './galleryTransform';
import { registerElementAttributes } from '../cardHolders';
import { GalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function GalleryPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const label = t('gallery.label');

  useEffect(() => registerGalleryTransform(editor), [editor]);

  useEffect(() => registerElementAttributes(editor, GalleryNode, { role: 'group', 'aria-label': label }), [editor, label]);

  return null;
}
