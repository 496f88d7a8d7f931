/**
 * A Lexical-shaped reply box in `parent`, holding one paragraph (`draft`, or the empty editor's <br>).
 * Like both real editors, a pasted text/plain replaces the selection, each line break a <br>.
 */
export function fakeLexicalBox(parent: Element, draft = ''): HTMLElement {
  const box = parent.appendChild(document.createElement('div'));
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('data-lexical-editor', 'true');
  const paragraph = box.appendChild(document.createElement('p'));
  if (draft) paragraph.textContent = draft;
  else paragraph.appendChild(document.createElement('br'));
  box.addEventListener('paste', (e) => {
    const text = (e as ClipboardEvent).clipboardData!.getData('text/plain');
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    const lines = document.createDocumentFragment();
    text.split('\n').forEach((line, i) => {
      if (i) lines.append(document.createElement('br'));
      lines.append(document.createTextNode(line));
    });
    range.insertNode(lines);
    e.preventDefault();
  });
  return box;
}
