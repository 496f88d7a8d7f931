/** Isolate initiators and their pop (U+2066–U+2069). */
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * A name from the page or from a colleague, set into one translated sentence: a <bdi> element cannot go
 * inside a message, so the name is wrapped in a first-strong isolate and its pop. A direction override
 * inside the name (U+202E) then ends with the name instead of turning the rest of the sentence backwards.
 * The name's own isolate controls go: a pop (U+2069) in it would close the isolate early and let what
 * follows it (an override) reach the sentence, an unclosed initiator would take our pop. Embeddings and
 * overrides (U+202A–U+202E) may stay, the pop ends them all (UBA X6a), and views show the name as sent.
 */
export const isolate = (name: string): string => `\u2068${name.replace(ISOLATE_CONTROLS, '')}\u2069`;
