// The sidebar's language, chosen at build time: scripts/build.mjs builds one page per language
// (Sidebar.html in English, SidebarId.html in Indonesian), defining PROSPEK_ONLY_LANG so each page
// carries only its own catalogs; the server opens the page of the user's language.
import { formText } from '../src/domain/messages/form';
import { activeLang, type Lang } from '../src/domain/messages/lang';
import { sidebarText } from '../src/domain/messages/sidebar';

export const LANG: Lang = activeLang();
export const text = sidebarText(LANG);
export const form = formText(LANG);
