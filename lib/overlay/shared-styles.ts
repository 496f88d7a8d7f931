/**
 * One constructed stylesheet shared by every badge's shadow root: parsing CSS once per page instead of
 * once per comment is most of what keeps a thousand badges cheap. Where a browser refuses constructed
 * sheets from an extension's world (older Firefox), each root gets a <style> with the same text.
 */
export function createStyleAdopter(css: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  return (root) => {
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        return;
      } catch {
        sheet = null;
      }
    }
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  };
}
