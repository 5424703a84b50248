import type { Root } from 'nlcst';
import type { VFile } from 'vfile';

/** Severity as users write it in config. */
export type SeverityName = 'off' | 'warn' | 'error';
/** Severity as written in config: a name or eslint's 0/1/2. */
export type SeverityInput = SeverityName | 0 | 1 | 2 | 'warning';
/** Numeric severity, as in eslint results: 1 = warning, 2 = error. */
export type Severity = 1 | 2;

/** JSON-schema-like description of one rule option, enough to validate config. */
export interface OptionSchema {
  type: 'boolean' | 'number' | 'string' | 'string[]' | 'enum';
  values?: readonly string[];
  description: string;
  default?: unknown;
  /** Each string is a phrase pattern (src/phrase.ts notation), checked when the config is read. */
  pattern?: boolean;
}

/** Static description of a rule. */
export interface RuleMeta {
  /** Kebab-case id; equals the file name in `rules/`. */
  id: string;
  description: string;
  /** `phrase`: flags a span. `document`: checks a whole apology reply for a component. */
  level: 'phrase' | 'document';
  /** Category for docs: non-apology, blame, tone, component. */
  category: 'non-apology' | 'blame' | 'tone' | 'component';
  /** Severity in each preset. */
  severity: { recommended: SeverityName; strict: SeverityName; 'legal-safe': SeverityName };
  /** Messages keyed by messageId. */
  messages: Record<string, string>;
  /** Options the rule takes, keyed by option name. */
  options: Record<string, OptionSchema>;
  /**
   * Rules that report the same fault more precisely: a finding of this rule is left out where one
   * of them (when enabled) reports a span that overlaps it in the same reply.
   */
  deferTo?: readonly string[];
}

/**
 * The retext attacher signature every rule exports. Rules read the reply through the sentence
 * index (`getDoc(file)`); the tree they are given is an empty root, since the reply's nlcst
 * nodes are not kept after the index is built.
 */
export type RulePlugin = (options: Record<string, unknown>) => (tree: Root, file: VFile) => void;

/** A rule module in `rules/`. */
export interface RuleModule {
  meta: RuleMeta;
  plugin: RulePlugin;
}

/** A suggestion a rule can attach (eslint's `suggestions` shape, without `fix`). */
export interface Suggestion {
  desc: string;
  text?: string;
}

/** One problem, in eslint's JSON result shape plus our extras. */
export interface LintMessage {
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  url?: string;
  actual?: string;
  expected?: string[];
  suggestions?: Suggestion[];
  fatal?: boolean;
}

/** The apology gate's verdict for one reply. */
export interface ApologyGate {
  decision: boolean;
  score: number;
  lowConfidence: boolean;
  reasons: string[];
}

/** The apology score of one reply (null on non-apology replies). */
export interface ApologyScore {
  score: number;
  band: 'strong' | 'adequate' | 'weak' | 'non-apology';
  /** The channel the reply was scored for (`email`, `chat`, `social`). */
  channel: string;
  /** Credit (0–1) of each component that counts on this channel. */
  components: Record<string, number>;
  /** Components short of full credit, with the points they would add, largest first. */
  missing: { name: string; weight: number }[];
  /** Penalties from phrase-rule findings, after the group caps. */
  penalties: { ruleId: string; points: number }[];
  /** Total penalty subtracted, after the overall cap. */
  penalty: number;
  /**
   * Where each component with credit was found: its strongest cue (the first of equals), as a
   * position in the file and its words. `--explain` prints it.
   */
  found?: Record<string, FoundCue>;
}

/** A component's cue in the text (`ApologyScore.found`). */
export interface FoundCue {
  line: number;
  column: number;
  text: string;
}

/** One reply inside a file (a structured export holds many). */
export interface ReplyResult {
  title: string | null;
  pointer: string | null;
  messages: LintMessage[];
  apologyReply: ApologyGate | null;
  apologyScore: ApologyScore | null;
}

/** Result for one file, in eslint's JSON result shape plus our extras. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  apologyReply: ApologyGate | null;
  apologyScore: ApologyScore | null;
  replies?: ReplyResult[];
  /** What `--verbose` shows about how the file was read (the profile found, or why it was skipped). */
  notes?: string[];
  source?: string;
}
