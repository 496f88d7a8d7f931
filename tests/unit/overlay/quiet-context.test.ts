import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, type LocationChange } from '../../../lib/overlay/quiet-context';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

describe('the loaders\' content-script context', () => {
  it('tells the host page nothing when it starts: no message, no event a page script could hear', async () => {
    const heard: string[] = [];
    const onMessage = (e: MessageEvent) => heard.push(`message ${JSON.stringify(e.data)}`);
    window.addEventListener('message', onMessage);
    const spyDoc = vi.spyOn(document, 'dispatchEvent');
    const spyWin = vi.spyOn(window, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('facebook', {});
    ctx.addEventListener(window, 'wxt:locationchange', () => undefined);
    await new Promise((r) => setTimeout(r, 20));
    window.removeEventListener('message', onMessage);
    expect(heard).toEqual([]);
    expect(post).not.toHaveBeenCalled();
    expect(spyDoc).not.toHaveBeenCalled();
    expect(spyWin).not.toHaveBeenCalled();
    ctx.notifyInvalidated();
  });

  it('is not stopped by an event the page dispatches under WXT\'s event name', () => {
    const ctx = new ContentScriptContext('facebook', {});
    const name = `${fakeBrowser.runtime.id}:facebook:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'facebook', messageId: 'page' } }));
    window.postMessage({ type: name, contentScriptName: 'facebook', messageId: 'page' }, '*');
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  it('tells its handlers when the page\'s address changes, with the new and the old address', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('x', {});
    const seen: Array<[string, string]> = [];
    ctx.addEventListener(window, 'wxt:locationchange', (c: LocationChange) => seen.push([c.newUrl.pathname, c.oldUrl.pathname]));
    history.pushState(null, '', '/sonnenschein/status/1');
    vi.advanceTimersByTime(1000);
    history.pushState(null, '', '/sonnenschein/with_replies');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual([['/sonnenschein/status/1', '/'], ['/sonnenschein/with_replies', '/sonnenschein/status/1']]);
    ctx.notifyInvalidated();
  });

  it('ends once the extension is gone: callbacks run, timers and listeners stop', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('facebook', {});
    const ended = vi.fn();
    const ticks = vi.fn();
    const keys = vi.fn();
    ctx.onInvalidated(ended);
    ctx.setInterval(ticks, 1000);
    ctx.addEventListener(document, 'keydown', keys);
    vi.advanceTimersByTime(1000);
    expect(ticks).toHaveBeenCalledTimes(1);
    // A reloaded or removed extension leaves its old scripts a runtime without an id.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    vi.advanceTimersByTime(1000);
    expect(ctx.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(ticks).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'r' }));
    expect(keys).not.toHaveBeenCalled();
  });
});
