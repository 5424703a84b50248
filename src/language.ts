/**
 * Is a reply written in English? The rules match English phrasing only, and a reply in another
 * language that borrows one English word ("Sorry für die Unannehmlichkeiten", "Sorry voor het
 * ongemak") read as an apology reply missing every component. RULES.md §5 says to skip a reply
 * that franc says is not English.
 *
 * franc alone is not enough, nor cheap: it costs about as much as linting the reply (0.8 ms for
 * 800 bytes), and it reads short or terse English as Spanish, French or German. So a reply is
 * taken for another language only when each of these holds, cheapest first:
 * - it would be reported on (findings, or an apology reply);
 * - it has at least ten words, under a fifth of them English function words, and at least a
 *   tenth function words of another language;
 * - franc's best guess is not English, and English scores well below that guess.
 *
 * Of the 860 texts in the shared corpus and eval set, none gets past the word counts. Of 16
 * replies in 14 other languages with "sorry" in them, all do, and franc names a language other
 * than English for each.
 *
 * franc's model (trigrams of 82 languages) takes memory and start-up time in every thread that
 * loads it, so it is loaded on the first reply that needs it (`LanguageModelNeeded`, see
 * `lintSourceAsync`), and an English run never loads it.
 */
import type { Token } from './tokens.js';

type FrancAll = typeof import('franc-min').francAll;
let francAll: FrancAll | null = null;

/** Load franc's model; `otherLanguage` needs it for a reply whose words are not plainly English. */
export async function loadLanguageModel(): Promise<void> {
  francAll ??= (await import('franc-min')).francAll;
}

/** Thrown by `otherLanguage` when it needs franc and `loadLanguageModel` has not run yet. */
export class LanguageModelNeeded extends Error {
  constructor() {
    super('the language model is not loaded (call loadLanguageModel first)');
    this.name = 'LanguageModelNeeded';
  }
}

/**
 * English function words that other languages written in Latin script rarely use as words of
 * their own. Left out on purpose: a, an, in, on, so, was, to (each a word of other languages too).
 */
const ENGLISH = new Set(
  (
    'the and you your yours we our ours us of is are were for it its that this these those with have has had be been ' +
    'will would not can could should at from as please thank thanks i me my if or but there what when which who do ' +
    'does did get got let know by about just any all some they them their he she him her again also more very into ' +
    'out up how why where than then now only after before am'
  ).split(' '),
);

/**
 * Function words, greetings and sign-offs of the languages support teams most often write
 * besides English (German, Dutch, French, Spanish, Italian, Portuguese, Swedish, Danish,
 * Norwegian, Polish, Finnish, Turkish, Indonesian, Romanian). Left out: every one that is also
 * an English word, a name or a common abbreviation (`to`, `do`, `no`, `my`, `die`, `will`, `van`,
 * `met`, `per`, `en` route, `os`, `eu`, `dan`, `al`). Terse English ("Apologies, Carla: parcel
 * ES4471 arrived late due to a customs hold in Madrid.") has few English function words too,
 * and franc read that one as Spanish; it has none of these.
 */
const FOREIGN = new Set(
  (
    'der das und ist nicht wir sie ich es ein eine einen dem des für mit auf zu uns ihr ihre ihnen bei ' +
    'von wird wurde haben sind noch aber oder wenn dass leid het een voor niet ik je jij uw zijn hebben ' +
    'heeft te dat om naar bij ook nog maar als wordt werd op le la les un une du et est pas nous vous il ' +
    'elle ce cette avec sur dans que qui votre vos notre très el los las una y nosotros usted lo se por ' +
    'para su sus muy pero como gli è noi voi io che di della ti molto uma é não nós você vocês da dos ' +
    'seu sua muito och är inte jag det ett med på som har kan og ikke jeg af jest nie się że na dla jak ' +
    'ale ja ei että kanssa ve bir bu için ile çok yang ke dari untuk dengan ini itu kami anda tidak și ' +
    'este nu vă pentru cu în că vi til dig deg jer hej hei mvh hilsen venlig vennlig olemme teille kiitos terveisin ' +
    'dzień dobry pozdrawiamy przepraszamy bardzo nasz nasza merhaba özür teşekkür teşekkürler halo terima kasih ' +
    'bună mulțumim hallo hola bonjour ciao olá beste liebe lieber sehr geehrte cordialement saludos grazie obrigado ' +
    'gracias merci danke bedankt groet grüße'
  ).split(' '),
);

/** Below this share of English function words among a reply's words, it may be in another language. */
const PLAINLY_ENGLISH = 0.2;
/** At least this share of its words must be function words of another language (`FOREIGN`). */
const PLAINLY_FOREIGN = 0.1;
/**
 * Fewer words than this are too few to tell a language by: franc read "I am afraid pallets
 * cannot go to lockers." as French and "I regret we cannot deliver to islands." as Dutch.
 */
const MIN_WORDS = 10;
/**
 * franc scores each language from 0 to 1 against the best. English this close to the best is
 * English: "Please accept our apologies, Pedro. Flight IB3170 departed late due to a late incoming
 * aircraft." came out French by a hair. Replies in other languages that borrow "sorry" score
 * English at 0.82 at most.
 */
const CLOSE_TO_ENGLISH = 0.9;
/** Words and characters looked at: the start of a long reply tells its language. */
const MAX_WORDS = 2000;
const MAX_CHARS = 4096;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The language of a reply that is not in English, as franc's ISO 639-3 code (`deu`, `nld`), or
 * null when it is English or cannot be told. `sentences` are the reply's sentences: their tokens
 * and the text as written.
 */
export function otherLanguage(sentences: readonly { tokens: readonly Token[]; text: string }[]): string | null {
  let words = 0;
  let english = 0;
  let foreign = 0;
  outer: for (const s of sentences) {
    for (const t of s.tokens) {
      // Numbers are not words of any language (order and ticket numbers).
      if (t.kind !== 'word' || isDigit(t.norm.charCodeAt(0))) continue;
      words++;
      if (ENGLISH.has(t.norm)) english++;
      else if (FOREIGN.has(t.norm)) foreign++;
      if (words >= MAX_WORDS) break outer;
    }
  }
  if (words < MIN_WORDS || english / words >= PLAINLY_ENGLISH || foreign / words < PLAINLY_FOREIGN) return null;
  let text = '';
  for (const s of sentences) {
    text += `${s.text} `;
    if (text.length >= MAX_CHARS) break;
  }
  if (!francAll) throw new LanguageModelNeeded();
  const scores = francAll(text.slice(0, MAX_CHARS));
  const best = scores[0]![0];
  if (best === 'eng' || best === 'und') return null;
  return (scores.find(([code]) => code === 'eng')?.[1] ?? 0) >= CLOSE_TO_ENGLISH ? null : best;
}
