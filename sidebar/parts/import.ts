// The Import tab as a part the page fetches on first use (sidebar/lazy.ts).
import { registerPart } from '../lazy';
import { mountImport } from '../tabs/import/index';

registerPart('import', mountImport);
