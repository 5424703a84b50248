import { clauseBefore, endsClauseAt, negatedBefore, wordsAfter, wordsBefore } from '../src/clause.js';
import { sentenceWords } from '../src/document.js';
import { gateOf } from '../src/gate.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after as textAfter, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES, SORRY, SORRY_SYMP, SORRY_WAIT } from './lexicon.js';
import {
  COMPOUND,
  COURSE_BEFORE,
  EASY_BEFORE,
  EASY_NOUN,
  EASY_PREDICATE,
  EASY_SAFE,
  ED_BASE,
  EVIDENCE,
  FEELING,
  FIRST_PERSON,
  MANNER_VERB,
  DEGREE,
  MISSTEP,
  RELIEF,
  THIRD_PERSON,
  OUR_ACCOUNT,
  PLATITUDE,
  SCHEME,
  SMALL_WEAR,
  UNNOTICED,
  SHORT_WHILE,
  DISTANCE_AFTER,
  NOT_A_VERB,
  REMEDY,
  YOU_SUBJECT,
  easyPatterns,
  imperativePatterns,
  minimizerPatterns,
  stancePatterns,
} from './no-minimizing.data.js';

export const meta: RuleMeta = {
  id: 'no-minimizing',
  description: 'Do not shrink the failure ("just a small delay") or talk down in the steps after an apology ("simply", "obviously").',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    minimizing: '"{{actual}}" shrinks the failure: name the real impact instead ("Your order was 6 days late and you missed the event you bought it for")',
    condescending:
      '"{{actual}}" talks down to a customer you have just apologised to: drop it and give the step plainly ("Reinstall the app and sign in again")',
  },
  options: { allow: ALLOW_OPTION },
};

const minimizers = new Set<string>(minimizerPatterns);
const imperative = new Set<string>(imperativePatterns);
const easy = new Set<string>(easyPatterns);
const apology = phraseSet([...SORRY, ...SORRY_SYMP, ...SORRY_WAIT], CLASSES);
const SOFT = new Set(['@ph', 'please', 'now', 'first', 'then', 'next', 'finally', 'so', 'ok', 'okay', 'all', 'and']);

/** Index of the first sentence with an apology in each reply (computed once per reply). */
const firstApology = new WeakMap<object, number>();

/** An apology earlier in the reply (or earlier in this sentence). */
function followsApology(ctx: MatchContext): boolean {
  let first = firstApology.get(ctx.doc);
  if (first === undefined) {
    first = ctx.doc.sentences.findIndex((s) => apology.test(s.tokens));
    firstApology.set(ctx.doc, first);
  }
  if (first < 0 || first > ctx.sentence.index) return false;
  if (first < ctx.sentence.index) return true;
  return apology.find(ctx.sentence.tokens).some((m) => m.to <= ctx.match.from);
}

/** An invitation to choose: "just pick a date", "just name a day that suits you". */
const CHOICE =
  /^(?:pick|choose|name|say|suggest) (?:a|any|the|whichever|whatever) (?:date|time|day|slot|week|weekend|evening|morning|afternoon|colour|color|size)\b/;

function isBaseVerb(word: string | undefined): boolean {
  if (!word || word === '@ph' || NOT_A_VERB.has(word) || !/^[a-z][a-z-]+$/.test(word)) return false;
  if (word.endsWith('ing')) return false;
  return !word.endsWith('ed') || ED_BASE.has(word);
}

/** "Just clear your cache", "you can simply reinstall it": an instruction, not "I just refunded you". */
function instructs(ctx: MatchContext): boolean {
  const { tokens } = ctx.sentence;
  // A capital on the next word, or on "Simply" inside a sentence, marks a name ("Simply Fresh meals").
  const raw = (i: number): string => (tokens[i] ? ctx.doc.text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const nextWord = tokens.findIndex((t, i) => i >= ctx.match.to && t.kind === 'word');
  if (nextWord >= 0 && /^[A-Z][a-z]/.test(raw(nextWord))) return false;
  if (/^[A-Z][a-z]/.test(raw(ctx.match.from)) && tokens.findIndex((t) => t.kind === 'word') !== ctx.match.from) return false;
  const before = clauseBefore(tokens, ctx.match.from).filter((w) => !SOFT.has(w));
  if (before.length && !YOU_SUBJECT.test(before.join(' '))) return false;
  const next = wordsAfter(tokens, ctx.match.to, 6);
  const skip = (next[0] === 'need' || next[0] === 'have' || next[0] === 'got') && next[1] === 'to' ? 2 : 0;
  // "just forward them to me": handing something to us is an invitation, not a step to master.
  if (next.slice(skip + 1, skip + 5).some((w) => w === 'me' || w === 'us')) return false;
  // "please just bin the damaged items": sparing the customer a task, not teaching one.
  if (RELIEF.has(next[skip] ?? '')) return false;
  // "just pick a date": the customer's choice offered, not a step to master.
  if (CHOICE.test(next.slice(skip, skip + 3).join(' '))) return false;
  return isBaseVerb(next[skip]);
}

/** "Obviously, the file…", "Of course, the toggle is…": a stance word aimed at the customer's knowledge. */
function talksDown(ctx: MatchContext): boolean {
  const { tokens } = ctx.sentence;
  const words = sentenceWords(ctx.doc)[ctx.sentence.index]!;
  const near = [...wordsBefore(tokens, ctx.match.from, 3), ...wordsAfter(tokens, ctx.match.to, 3)];
  if (near.some((w) => FIRST_PERSON.has(w))) return false;
  if (FEELING.test(words)) return false;
  const source = ctx.match.pattern.source;
  if (source === 'clearly' && wordsBefore(tokens, ctx.match.from, 3).some((w) => MANNER_VERB.test(w))) return false;
  // "Thanks for flagging it so clearly", "I could see your cancellation clearly": a degree word
  // before it, or the end of its clause, makes it the manner of an act, not a stance on what the
  // customer should know ("you clearly missed…", "it's clearly stated").
  if (source === 'clearly' && (DEGREE.has(wordsBefore(tokens, ctx.match.from, 1)[0] ?? '') || endsClauseAt(tokens, ctx.match.to))) return false;
  // "the courier, who clearly didn't handle the box with care": said of someone else, not of what the customer knows.
  if (THIRD_PERSON.has(wordsBefore(tokens, ctx.match.from, 1)[0] ?? '')) return false;
  // "when you'd clearly spelled it Katherine": what the customer did right, on the record.
  const [subject, auxiliary] = wordsBefore(tokens, ctx.match.from, 2);
  if (
    source === 'clearly' &&
    subject === 'you' &&
    /^(had|would|have|did)$/.test(auxiliary ?? '') &&
    !MISSTEP.test(wordsAfter(tokens, ctx.match.to, 2).join(' '))
  )
    return false;
  // "a machine you clearly look after": praise of what the customer does; "you clearly missed" and
  // "you clearly need the latest version" are lessons.
  if (source === 'clearly' && wordsBefore(tokens, ctx.match.from, 1)[0] === 'you') {
    const next = wordsAfter(tokens, ctx.match.to, 2).join(' ');
    if (!MISSTEP.test(next) && !/^(need|have to|should|must|ought|require|want|did not|do not|are not|were not)\b/.test(next)) return false;
  }
  if ((source === 'clearly' || source === 'obviously') && EVIDENCE.test(wordsAfter(tokens, ctx.match.to, 3).join(' '))) return false;
  // "the express service clearly didn't deliver": a failure conceded, said of something not the customer.
  if (
    (source === 'clearly' || source === 'obviously') &&
    /^(did|was|were|has|had|could|does|is) not$/.test(wordsAfter(tokens, ctx.match.to, 2).join(' ')) &&
    !/^(you|your)$/.test(wordsBefore(tokens, ctx.match.from, 1)[0] ?? '')
  )
    return false;
  if (source === 'of course') {
    if (REMEDY.test(words)) return false;
    // "two extra weeks of course for free": the course taken, not the stance.
    if (COURSE_BEFORE.test(wordsBefore(tokens, ctx.match.from, 1)[0] ?? '')) return false;
    // "Of course!" agrees; "of course you can return it" grants.
    if (endsClauseAt(tokens, ctx.match.to) && !/[,:]/.test(tokens[ctx.match.to]?.norm ?? '')) return false;
    if (
      /^(you (can|may|could|are welcome)|happy|glad|feel free|no problem|if|let|just let|reply|get in touch)\b/.test(
        wordsAfter(tokens, ctx.match.to, 3).join(' '),
      )
    )
      return false;
  }
  return !negatedBefore(tokens, ctx.match.from, 1);
}

/** "It's easy: hold the button", "you can easily…", but not "easy to miss" or "not easy". */
function callsItEasy(ctx: MatchContext): boolean {
  const { tokens } = ctx.sentence;
  const before = wordsBefore(tokens, ctx.match.from, 4);
  // "We want returns to be simple", "I've made it easy": the writer's own aim, not a verdict on the customer.
  if (clauseBefore(tokens, ctx.match.from).some((w) => FIRST_PERSON.has(w))) return false;
  if (EASY_BEFORE.test(before.join(' ')) || negatedBefore(tokens, ctx.match.from, 4)) return false;
  // "What went wrong is simple: I picked your trays by surname": our account, not the customer's task.
  if (OUR_ACCOUNT.test(before.filter((w) => !/^(is|was|are|were|really|very|quite|pretty|fairly)$/.test(w)).join(' '))) return false;
  if (ctx.match.pattern.source === 'easily') return true;
  const after = wordsAfter(tokens, ctx.match.to, 4).join(' ');
  if (EASY_SAFE.test(after)) return false;
  return EASY_PREDICATE.test(before.join(' ')) || /^to [a-z]/.test(after) || EASY_NOUN.test(after);
}

function check(ctx: MatchContext): Verdict | null {
  const source = ctx.match.pattern.source;
  if (minimizers.has(source)) {
    if (
      (source === PLATITUDE || source === SHORT_WHILE || source === SCHEME || source === SMALL_WEAR || UNNOTICED.includes(source)) &&
      !gateOf(ctx.file).decision
    )
      return null;
    if (source === SHORT_WHILE && DISTANCE_AFTER.test(textAfter(ctx, 2))) return null;
    // "This was not a minor delay for you": negated, it maximises the impact ("wasn't too much of
    // a disruption" carries its own "not").
    if (source !== SCHEME && negatedBefore(ctx.sentence.tokens, ctx.match.from, 3)) return null;
    if (COMPOUND.has(wordsAfter(ctx.sentence.tokens, ctx.match.to, 1)[0] ?? '')) return null;
    return {
      messageId: 'minimizing',
      data: { actual: ctx.text },
      expected: ['<the real impact: how late, what it cost the customer>'],
      suggestions: [{ desc: 'Name the real impact: "Your order was 6 days late and you missed the event you bought it for."' }],
    };
  }
  // The condescension words count only in the instructions that follow an apology.
  if (!gateOf(ctx.file).decision || !followsApology(ctx)) return null;
  const ok = imperative.has(source) ? instructs(ctx) : easy.has(source) ? callsItEasy(ctx) : talksDown(ctx);
  if (!ok) return null;
  return {
    messageId: 'condescending',
    data: { actual: ctx.text },
    expected: ['<the step, without the word>'],
    suggestions: [{ desc: `Delete "${ctx.text}" and give the step plainly.` }],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: [...minimizerPatterns, ...imperativePatterns, ...stancePatterns, ...easyPatterns],
  classes: CLASSES,
  check,
});
