/** Puts fixture markup into the test document the way a page renders it (parsed, then adopted). */
export function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** One element of fixture markup, parsed and adopted, not yet in the document. */
export function fragment(html: string): Element {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return document.importNode(parsed.body.firstElementChild!, true) as Element;
}
