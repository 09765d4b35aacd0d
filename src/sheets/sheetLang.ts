// The sheet language of a tab: what its header row is written in (sheetWords.headerLang).
// Headers and enum values are stored in it; reads accept both languages.
import { headerLang } from '../domain/contact/sheetWords';
import type { Lang } from '../domain/messages/lang';
import type { TableSpec } from './sheetTable';

export function tableLang<K extends string>(spec: TableSpec<K>, header: readonly unknown[]): Lang {
  return headerLang(
    header,
    spec.fields.map((f) => f.header),
  );
}
