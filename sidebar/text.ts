// The sidebar's language, chosen once: its catalogs (src/domain/messages) bound to it.
import { formText } from '../src/domain/messages/form';
import { importTabText } from '../src/domain/messages/importTab';
import type { Lang } from '../src/domain/messages/lang';
import { sidebarText } from '../src/domain/messages/sidebar';

export const LANG: Lang = 'en';
export const text = sidebarText(LANG);
export const importTab = importTabText(LANG);
export const form = formText(LANG);
