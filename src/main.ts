// The public surface of Prospek: every export becomes a top-level Apps Script function
// (scripts/build.mjs). They are declared in src/entry/ (the menu, the sidebar's calls and the
// trigger), each a one-line call into a use case in src/app; this file only gathers them.
import type { SidebarApi } from './sidebarApi';

export * from './entry/menu';
export * from './entry/sidebar';
export * from './entry/triggers';

/**
 * Compile-time check that the sidebar-callable exports match src/sidebarApi.ts. Types vanish
 * from the bundle, so this costs nothing at run time.
 */
type Satisfies<T extends U, U> = T;
export type SidebarApiCheck = Satisfies<typeof import('./main'), SidebarApi>;
