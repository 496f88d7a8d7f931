import { z } from 'zod/mini';

// Extension pages, the service worker and content scripts all forbid eval (MV3). zod probes for it on the
// first schema it builds, and the blocked `new Function` is reported as a CSP violation: in a content script
// that probe was most of a 13 ms task in the host page. Without eval zod parses the same, without the probe.
z.config({ jitless: true });

/** A string of bounded length, the models' most common field. */
export const str = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

export { z };
