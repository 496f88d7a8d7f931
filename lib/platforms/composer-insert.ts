/**
 * Putting text into a site's own reply editor (Lexical on Facebook, Draft.js on X) so that the editor's
 * state, not just its DOM, holds it: both editors rebuild their DOM from their state and would drop text
 * written around them. Measured from the content script's isolated world (shared/browser-testing.md):
 * a synthetic paste with text/plain gives the exact text, line breaks and an undo step in both; Lexical
 * also takes a beforeinput insertText. execCommand loses line breaks (Lexical) or crashes Draft.js.
 */

export type InsertOutcome =
  /** The editor now shows the text; `box` is the editor element that took it. */
  | { kind: 'inserted'; box: HTMLElement }
  /** No reply box was found or could be opened for this comment. */
  | { kind: 'no-reply-box' }
  /** A box was there but did not take the text (the site ignored the events). */
  | { kind: 'refused'; box: HTMLElement };

export interface ReplyComposer {
  /** The comment's reply box, opening it where the site needs a click first; null when none appears. */
  replyBoxFor(item: Element): Promise<HTMLElement | null>;
  /** The comment a focused element (e.g. a reply box) belongs to, when not inside the comment itself. */
  commentForFocus(active: Element, items: (el: Element) => boolean): Element | null;
  /** Lexical also accepts beforeinput; Draft.js ignores it. */
  beforeInputFallback: boolean;
}

/** Normalises for comparing what an editor shows with what was inserted (NBSP, CRLF, zero-width joins kept). */
export const comparable = (text: string): string => text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/\n+/g, '\n').trim();

/**
 * What an editor's DOM shows as plain text: each block (Lexical paragraph / Draft block) is a line, a
 * <br> inside a block is a line break (Lexical's plain text), a block's trailing <br> is only a placeholder.
 */
export function editorText(box: Element): string {
  const blocks = Array.from(box.querySelectorAll('p, [data-block="true"]')).filter((b) => !b.parentElement?.closest('p, [data-block="true"]'));
  if (blocks.length === 0) return box.textContent ?? '';
  return blocks.map(blockText).join('\n');
}

function blockText(block: Element): string {
  let out = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if ((n as Element).tagName === 'BR') out += '\n';
  }
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

/** Focus the editor and put the caret after its last character, inside the last text node. */
export function caretToEnd(box: HTMLElement): void {
  box.focus({ preventScroll: false });
  const sel = box.ownerDocument.getSelection();
  if (!sel) return;
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  const range = box.ownerDocument.createRange();
  if (last) range.setStart(last, last.length);
  else {
    // An empty editor holds <p><br></p> (Lexical) or a block with <br data-text>: the caret goes into the block.
    const block = box.querySelector('p, [data-block="true"] span, [data-block="true"]') ?? box;
    range.setStart(block, 0);
  }
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * Firefox runs content scripts behind Xray wrappers. Data a content script puts into a DataTransfer
 * carries the extension's principal, and the page's editor reads it back empty; its ClipboardEvent also
 * drops `clipboardData` from the init and takes Gecko's own `dataType` and `data` instead. Events and data
 * made with the page's own constructors (wrappedJSObject) carry the page's principal, as if the page had
 * made them. Chromium has neither quirk nor wrappedJSObject: there the content script's own constructors
 * serve.
 */
interface GeckoContentWindow {
  wrappedJSObject?: typeof globalThis;
}
type CloneInto = <T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T;

interface EventMakers {
  paste(text: string): ClipboardEvent;
  beforeInput(text: string): InputEvent;
}

function eventMakers(doc: Document): EventMakers {
  const view = doc.defaultView;
  const page = (view as unknown as GeckoContentWindow | null)?.wrappedJSObject;
  const cloneInto = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const realm = page && cloneInto && view ? page : globalThis;
  // Dictionaries passed into the page's realm must be the page's objects too.
  const init = <T extends object>(value: T): T => (realm !== globalThis ? cloneInto!(value, view!, { wrapReflectors: true }) : value);
  const dataTransfer = (text: string): DataTransfer => {
    const dt = new realm.DataTransfer();
    dt.setData('text/plain', text);
    return dt;
  };
  const flags = { bubbles: true, cancelable: true, composed: true };
  return {
    paste: (text) => new realm.ClipboardEvent('paste', init({ clipboardData: dataTransfer(text), dataType: 'text/plain', data: text, ...flags })),
    beforeInput: (text) => new realm.InputEvent('beforeinput', init({ inputType: 'insertText', data: null, dataTransfer: dataTransfer(text), ...flags })),
  };
}

/** Resolves once `check` holds (tested on each DOM change under `root`, then on a timer), or false after `ms`. */
export function waitFor(root: Node, check: () => boolean, ms: number): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(ok);
    };
    const observer = new MutationObserver(() => { if (check()) finish(true); });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    // Editors may update their DOM in a microtask after the event; a slow poll catches what the observer saw first.
    const poll = setInterval(() => { if (check()) finish(true); }, 50);
    const timer = setTimeout(() => finish(check()), ms);
  });
}

/**
 * What goes into the editor: after a draft, the template starts below a blank line, or it would run on
 * from the draft's last word ("Danke!Hallo Anna"). Both editors turn pasted line breaks into their own
 * lines (Lexical paragraphs or <br>, Draft.js blocks), which editorText reads back as "\n".
 */
const pasted = (before: string, text: string): string => (before.trim() ? `\n\n${text}` : text);

/** The text the box should show after inserting `text` at the end of what it held. */
function expected(before: string, text: string): string {
  return comparable(`${before}${pasted(before, text)}`);
}

const shows = (box: HTMLElement, text: string, before: string) => {
  const now = comparable(editorText(box));
  if (now === comparable(before)) return false;
  if (now === expected(before, text)) return true;
  // An editor may tidy the draft around the caret; it still counts only if the text ends the box on a
  // line of its own, never glued to the draft's last word.
  const want = comparable(text);
  return before.trim() ? now.endsWith(`\n${want}`) : now.endsWith(want);
};

/**
 * Puts `data` into the editor where `place` sets the selection: a paste first, and where the editor
 * ignored it (its text unchanged), a beforeinput. Done once `shown` holds. Never throws.
 */
async function putText(box: HTMLElement, data: string, place: () => void | Promise<void>, shown: () => boolean, beforeInputFallback: boolean, waitMs: number): Promise<InsertOutcome> {
  try {
    const before = comparable(editorText(box));
    const make = eventMakers(box.ownerDocument);
    await place();
    // At the caret's element; a selection starting at the box itself has its parent outside the editor.
    const parent = box.ownerDocument.getSelection()?.anchorNode?.parentElement;
    (parent && box.contains(parent) ? parent : box).dispatchEvent(make.paste(data));
    if (await waitFor(box, shown, waitMs)) return { kind: 'inserted', box };
    if (beforeInputFallback && comparable(editorText(box)) === before) {
      await place();
      box.dispatchEvent(make.beforeInput(data));
      if (await waitFor(box, shown, waitMs)) return { kind: 'inserted', box };
    }
    return { kind: 'refused', box };
  } catch {
    return { kind: 'refused', box };
  }
}

/** Inserts into an editor element, after what it holds. Never throws. */
export async function insertInto(box: HTMLElement, text: string, beforeInputFallback: boolean, waitMs = 1000): Promise<InsertOutcome> {
  let before: string;
  try {
    before = editorText(box);
  } catch {
    return { kind: 'refused', box };
  }
  return putText(box, pasted(before, text), () => caretToEnd(box), () => shows(box, text, before), beforeInputFallback, waitMs);
}

/** Selects everything in the editor, for the next paste to replace it. */
function selectAll(box: HTMLElement): void {
  box.focus({ preventScroll: false });
  const sel = box.ownerDocument.getSelection();
  if (!sel) return;
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  sel.removeAllRanges();
  sel.addRange(range);
}

// Both editors learn of a selection made by script from `selectionchange`, which the browser fires in a
// task of its own: a paste dispatched before it would still go to the old caret.
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Replaces everything the editor holds with `text`, as one paste over a whole selection. Never throws. */
export async function replaceIn(box: HTMLElement, text: string, beforeInputFallback: boolean, waitMs = 1000): Promise<InsertOutcome> {
  const want = comparable(text);
  // Typing on must go on after the text, never over a selection left standing.
  const done = () => {
    if (comparable(editorText(box)) !== want) return false;
    if (!box.ownerDocument.getSelection()?.isCollapsed) caretToEnd(box);
    return true;
  };
  try {
    if (done()) return { kind: 'inserted', box };
  } catch {
    return { kind: 'refused', box };
  }
  const selectAllSeen = async () => {
    selectAll(box);
    await nextTask();
  };
  return putText(box, text, selectAllSeen, done, beforeInputFallback, waitMs);
}

/** A box Moderato filled, and the text it should still hold for a new template to replace it. */
export interface Replacing {
  box: HTMLElement;
  text: string;
}

/**
 * Finds (or opens) the comment's reply box and inserts the text there. With `replacing`, a box that still
 * holds exactly that text gets the new text instead of it; any other box gets it added at the end.
 */
export async function insertReply(composer: ReplyComposer, item: Element, text: string, replacing?: Replacing): Promise<InsertOutcome> {
  let box: HTMLElement | null = null;
  try {
    box = await composer.replyBoxFor(item);
  } catch {
    box = null;
  }
  if (!box) return { kind: 'no-reply-box' };
  boxOwners.set(box, item);
  if (replacing?.box === box && comparable(editorText(box)) === comparable(replacing.text)) return replaceIn(box, text, composer.beforeInputFallback);
  return insertInto(box, text, composer.beforeInputFallback);
}

/** Reply boxes Moderato found for a comment: the box in focus leads back to its comment (keyboard shortcut). */
const boxOwners = new WeakMap<Element, Element>();

/** The comment whose reply box contains `el`, if Moderato has used that box. */
export function commentOfBox(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const owner = boxOwners.get(n);
    if (owner?.isConnected) return owner;
  }
  return null;
}
