import type { Lang } from './model';

/**
 * Function words, used twice: to tell German from English, and to keep them out of ranking.
 */
const GERMAN = `
aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist
bitte bzw da dabei dadurch dafür dagegen daher dahin damit danach dann daran darauf darf darfst darum
das dass dein deine deinem deinen deiner deines dem den denen denn der des deshalb dessen dich die dies
diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einfach er es
etwas euch euer eure eurem euren eurer für gegen gewesen hab habe haben habt hast hat hatte hatten hier
hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist ja jede jedem jeden jeder
jedes jetzt kann kannst kein keine keinem keinen keiner können könnt könnte man manche mehr mein meine
meinem meinen meiner meines mich mir mit muss musst müssen mal nach nein nicht nichts noch nun nur ob
oder ohne schon sehr sein seine seinem seinen seiner seid sich sie sind so soll sollen sollte sondern
sowie über um und uns unser unsere unserem unseren unter viel vom von vor war waren warst was weil
wenn wer werde werden wird wir wollen wollte würde würden zu zum zur zwar zwischen eh halt eben
`;

const ENGLISH = `
a about above after again all also am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each few for from further had hadn't has hasn't have haven't having he he's her here hers herself him
himself his i i'd i'll i'm i've if in into is isn't it it's its itself just let's me more most my
myself no nor not of off on once only or other our ours ourselves out over own same she should
shouldn't so some such than that that's the their theirs them themselves then there there's these
they they're this those through to too under until up very was wasn't we we're were weren't what's
will with won't would wouldn't you you're your yours yourself yourselves im dont cant ive please
`;

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  de: toSet(GERMAN),
  en: toSet(ENGLISH),
};

/**
 * Question words tell the language but not the topic: "wo" and "wann" open questions about parcels,
 * opening hours and refunds alike, and matching them made "Wo bekomme ich ein Rücksendeetikett?"
 * look like a delivery question.
 */
const QUESTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  de: toSet('wo wann wie warum wieso weshalb welche welcher welches welchen woher wohin womit wozu'),
  en: toSet("where when why how which who whom what whose what's where's when's how's"),
};

/** Words that carry no topic: function words and question words. */
export const isStopword = (lang: Lang, word: string): boolean => STOPWORDS[lang].has(word) || QUESTION_WORDS[lang].has(word);

/**
 * Greetings, salutations and sign-offs of both languages. A comment of nothing else ("Hallo
 * zusammen", "Hi everyone", "Guten Morgen!") asks nothing; "Tag" and "Morgen" only count here when
 * the whole comment is a greeting.
 */
const GREETINGS: ReadonlySet<string> = toSet(`
hallo hallöchen hi hey hello moin servus grüezi grüß gott guten tag morgen abend zusammen allerseits leute
gruß grüße lg vg good morning afternoon evening everyone everybody guys folks there
team regards cheers
`);

/** Whether the text is only a greeting (function words aside), such as "Hallo?" or "Hi there, team". */
export function isGreetingOnly(words: readonly string[]): boolean {
  const rest = words.filter((w) => !STOPWORDS.de.has(w) && !STOPWORDS.en.has(w));
  return rest.length > 0 && rest.every((w) => GREETINGS.has(w));
}
