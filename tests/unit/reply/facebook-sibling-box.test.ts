import { afterEach, describe, expect, it } from 'vitest';
import { facebookComposer } from '../../../lib/platforms/facebook/composer';

afterEach(() => document.body.replaceChildren());

/** A comment in the single-comment permalink markup: no data-commentid wrapper, beside the others. */
function comment(name: string): HTMLElement {
  const article = document.createElement('div');
  article.setAttribute('role', 'article');
  article.setAttribute('aria-label', `Comment by ${name} 3 minutes ago`);
  article.innerHTML = `<span dir="auto" lang="de"><div dir="auto">Frage von ${name}</div></span>`
    + '<ul><li><div role="button">Like</div></li><li><div role="button">Reply</div></li></ul>';
  return article;
}

function lexicalBox(): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('data-lexical-editor', 'true');
  box.innerHTML = '<p><br></p>';
  return box;
}

describe('Facebook reply box without comment wrappers', () => {
  it('does not take the box opened under a later comment', async () => {
    const c = comment('Anna Berger');
    const d = comment('Ben Kaya');
    const dBox = lexicalBox();
    const list = document.createElement('div');
    list.append(c, d, dBox);
    document.body.append(list);
    // Facebook's behaviour: Reply opens the comment's box right after it.
    let cBox: HTMLElement | null = null;
    c.querySelectorAll('[role="button"]')[1]!.addEventListener('click', () => {
      setTimeout(() => { cBox = lexicalBox(); c.after(cBox); }, 20);
    });

    const box = await facebookComposer.replyBoxFor(c);
    expect(box).not.toBe(dBox);
    expect(box).not.toBeNull();
    expect(box).toBe(cBox);
    expect(await facebookComposer.replyBoxFor(d)).toBe(dBox);
  });

  it('still finds the comment\'s own box before the next comment, past its nested replies', async () => {
    const c = comment('Anna Berger');
    const nested = comment('Shop Example');
    nested.setAttribute('aria-label', 'Reply by Shop Example to Anna Berger\'s comment 1 minute ago');
    c.append(nested);
    const cBox = lexicalBox();
    const d = comment('Ben Kaya');
    const dBox = lexicalBox();
    const list = document.createElement('div');
    list.append(c, cBox, d, dBox);
    document.body.append(list);

    expect(await facebookComposer.replyBoxFor(c)).toBe(cBox);
    expect(await facebookComposer.replyBoxFor(d)).toBe(dBox);
  });
  it('finds the comment\'s own box after replies that sit beside it', async () => {
    const c = comment('Anna Berger');
    const reply = comment('Shop Example');
    reply.setAttribute('aria-label', 'Antwort von Shop Example auf den Kommentar von Anna Berger vor 1 Minute');
    const cBox = lexicalBox();
    const list = document.createElement('div');
    list.append(c, reply, cBox, comment('Ben Kaya'));
    document.body.append(list);
    expect(await facebookComposer.replyBoxFor(c)).toBe(cBox);
  });
});

describe('Facebook: the post\'s own "Write a comment…" box without comment wrappers', () => {
  /** The post's comment box after the last comment, worded as in tests/fixtures/facebook/markup.ts. */
  function postComposer(wording: string): HTMLElement {
    const box = lexicalBox();
    box.setAttribute('aria-placeholder', wording);
    box.setAttribute('aria-label', wording);
    return box;
  }

  it.each(['Write a comment…', 'Schreibe einen Kommentar …'])('"%s" is never taken as the last comment\'s reply box', async (wording) => {
    const c = comment('Anna Berger');
    const d = comment('Ben Kaya');
    const postBox = postComposer(wording);
    const list = document.body.appendChild(document.createElement('div'));
    list.append(c, d, postBox);
    // Ben's Reply button opens nothing (or not yet): the answer is "no box", not the post's composer.
    expect(await facebookComposer.replyBoxFor(d)).toBeNull();
  }, 10_000);

  it('the box Reply opens is taken, not the post\'s box after it', async () => {
    const c = comment('Anna Berger');
    const d = comment('Ben Kaya');
    const postBox = postComposer('Write a comment…');
    const list = document.body.appendChild(document.createElement('div'));
    list.append(c, d, postBox);
    let dBox: HTMLElement | null = null;
    d.querySelectorAll('[role="button"]')[1]!.addEventListener('click', () => {
      setTimeout(() => { dBox = lexicalBox(); d.after(dBox); }, 20);
    });
    const box = await facebookComposer.replyBoxFor(d);
    expect(box).not.toBeNull();
    expect(box).toBe(dBox);
  });
});
