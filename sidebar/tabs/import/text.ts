// The Import tab's words, in the page's language: only the Import part carries this catalog.
import { importTabText } from '../../../src/domain/messages/importTab';
import { LANG } from '../../text';

export const importTab = importTabText(LANG);
