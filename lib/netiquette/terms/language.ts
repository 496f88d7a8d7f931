/**
 * Frequent function words that tell German from English. They ride along in the term trie as
 * whole-word entries, so the language guess costs nothing extra. Words that exist in both
 * languages ("die", "will", "was", "also", "so", "man", "in") are left out on purpose.
 */
export const GERMAN_MARKERS: readonly string[] = [
  'der', 'das', 'und', 'ist', 'nicht', 'ich', 'du', 'sie', 'wir', 'ihr', 'ein', 'eine', 'einen', 'mit', 'auf',
  'für', 'von', 'zu', 'den', 'dem', 'des', 'sich', 'auch', 'es', 'wie', 'noch', 'nur', 'schon', 'aber', 'wenn',
  'dass', 'bei', 'mal', 'hat', 'sind', 'bist', 'euch', 'dich', 'mir', 'mich', 'kein', 'keine', 'oder', 'im',
  'doch', 'ja', 'jetzt', 'hier', 'nein', 'sehr', 'habe', 'haben', 'wird', 'werden', 'kann', 'wieder', 'immer',
  'diese', 'dieser', 'bitte', 'danke', 'wo', 'warum', 'weil', 'gibt', 'seid', 'dein', 'deine', 'unser', 'mein',
];

export const ENGLISH_MARKERS: readonly string[] = [
  'the', 'and', 'is', 'are', 'you', 'your', 'not', 'this', 'that', 'with', 'for', 'of', 'to', 'it', 'what', 'he',
  'she', 'they', 'we', 'be', 'have', 'has', 'just', 'like', 'all', 'but', 'if', 'my', 'me', 'do', 'dont', 'can',
  'get', 'out', 'youre', 'its', 'im', 'on', 'at', 'from', 'they', 'them', 'their', 'his', 'her', 'who', 'why',
  'how', 'when', 'where', 'there', 'been', 'were', 'would', 'should', 'could', 'about', 'people', 'u', 'ur',
  'thanks', 'please', 'yes', 'no', 'shut', 'go', 'fucking',
];
