// The Settings tab (reminders, languages, the lead form's questions) as a part the page fetches
// on first use (sidebar/lazy.ts).
import { registerPart } from '../lazy';
import { mountSettings } from '../tabs/settings';

registerPart('settings', mountSettings);
