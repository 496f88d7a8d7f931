/**
 * A name from the page or from a colleague, set into one translated sentence: a <bdi> element cannot go
 * inside a message, so the name is wrapped in a first-strong isolate and its pop. A direction override
 * inside the name (U+202E) then ends with the name instead of turning the rest of the sentence backwards.
 */
export const isolate = (name: string): string => `\u2068${name}\u2069`;
