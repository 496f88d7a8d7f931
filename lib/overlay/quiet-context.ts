import { browser } from 'wxt/browser';

/**
 * The content-script context the loaders get instead of WXT's (aliased in wxt.config.ts, for content-script
 * builds only), with the same members the overlay uses. WXT 0.21's context announces every start to the host
 * page: `window.postMessage({ type: "<extension id>:<script>:wxt:content-script-started" }, "*")`, which any
 * script on facebook.com or x.com can read, so the site learns which visitors moderate with Moderato. It also
 * stops itself when the page dispatches that event name back, and reports navigation as a window event
 * named after the extension id. This one tells the page nothing and listens to nothing from it: it is
 * invalid once the extension's runtime is gone (reloaded, updated, removed), and it watches the address
 * itself. A second copy of a manifest content script never runs in the same page (browsers inject them at
 * load only), so there are no older scripts to stop.
 */

type Handler = (event: Event) => void;

/** What a `wxt:locationchange` handler gets: the new and the previous address, as with WXT. */
export interface LocationChange {
  type: 'wxt:locationchange';
  newUrl: URL;
  oldUrl: URL;
}

const LOCATION_POLL_MS = 1000;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly locationHandlers = new Set<(change: LocationChange) => void>();
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Invalid once the extension that injected the script is gone: its runtime then has no id. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && runtimeGone()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: code after it does not run in an invalid context. */
  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((...args) => {
      if (this.isValid) callback(...args);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((...args) => {
      if (!this.signal.aborted) callback(...args);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /**
   * As addEventListener, removed when the context goes. `wxt:locationchange` is no DOM event here: the
   * handler is called with the new and old address when the page's address changes (a single-page app's
   * navigation), found by polling, which needs nothing from the page.
   */
  addEventListener(target: EventTarget, type: string, handler: Handler | ((change: LocationChange) => void), options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.locationHandlers.add(handler as (change: LocationChange) => void);
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler as Handler, { ...options, signal: this.signal });
  }

  /** Ends the context: timers stop, listeners go, onInvalidated callbacks run. */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    this.setInterval(() => {
      const now = location.href;
      if (now === last) return;
      const change: LocationChange = { type: 'wxt:locationchange', newUrl: new URL(now), oldUrl: new URL(last) };
      last = now;
      for (const handler of this.locationHandlers) handler(change);
    }, LOCATION_POLL_MS);
  }
}

function runtimeGone(): boolean {
  try {
    return (browser as { runtime?: { id?: string } } | undefined)?.runtime?.id == null;
  } catch {
    // Firefox throws from a dead wrapper once the add-on is gone.
    return true;
  }
}
