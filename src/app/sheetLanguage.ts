// Settings: the sheet language, which its headers say (sheetLang.ts). Changing it rewrites the
// headers and our enum values in one go, under the document lock.
import { ValidationError } from '../domain/errors';
import { LANGS, type Lang } from '../domain/messages/lang';
import { serverText } from '../domain/messages/server';
import { readSheetLang, rewriteSheetLang } from '../sheets/sheetLanguage';
import { context } from './context';
import { withDocumentLock } from './locks';
import { retryAfterSetUp } from './setUp';

export function getSheetLanguage(): { lang: Lang } {
  const ctx = context();
  return { lang: retryAfterSetUp(ctx, () => readSheetLang(ctx.ss)) };
}

/** Rewrites the sheet in `choice`; answers the language and how many cells changed. */
export function setSheetLanguage(choice: unknown): { lang: Lang; cells: number } {
  if (!(LANGS as readonly unknown[]).includes(choice)) {
    throw new ValidationError({
      field: 'sheetLang',
      message: serverText().unknownField(String(choice)),
    });
  }
  const lang = choice as Lang;
  const ctx = context();
  const cells = retryAfterSetUp(ctx, () => withDocumentLock(() => rewriteSheetLang(ctx.ss, lang)));
  return { lang, cells };
}
