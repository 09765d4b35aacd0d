// The Import tab: placeholder until its feature lands (issue 6).
export function mountImport(root: HTMLElement): void {
  root.textContent = '';
}
