// The article's language, for what is written in it below the editor (a picture's caption and alt
// text are spell-checked in it, wherever the slot is rendered: the hero, or inside the body).
import { createContext, useContext } from 'react';

export const ArticleLanguageContext = createContext('id');

export function useArticleLanguage(): string {
  return useContext(ArticleLanguageContext);
}
