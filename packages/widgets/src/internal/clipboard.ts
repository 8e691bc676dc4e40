/**
 * "Copy the summary" for every widget. A page's permissions policy can block the clipboard; then
 * the widget shows its printable summary and selects it, so the person can copy it by hand.
 */

/** Copies `text`; false when the clipboard is blocked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows `element` and selects all its text. */
export function selectContents(element: HTMLElement | null): void {
  if (!element) return;
  element.hidden = false;
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}
