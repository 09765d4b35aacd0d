// The Settings tab: placeholder until its feature lands (issue 5).
export function mountSettings(root: HTMLElement): void {
  root.textContent = '';
}
