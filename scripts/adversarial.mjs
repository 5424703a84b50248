// Hostile texts of about 200 KB each, shared by the ReDoS/adversarial test and `npm run bench`,
// which times every rule on them.

/** @type {Record<string, string>} */
export const ADVERSARIAL = {
  'one word repeated': 'sorry '.repeat(34_000),
  'apology stem repeated': 'sorry for any '.repeat(15_000),
  punctuation: '.,;:!?-'.repeat(30_000),
  spaces: ' '.repeat(200_000),
  'one long word': 'a'.repeat(200_000),
  brackets: '[{('.repeat(70_000),
  'quotes and newlines': '"\n>'.repeat(70_000),
  'they they': 'they '.repeat(40_000),
  'if if': 'if sorry if '.repeat(17_000),
  // Matches that many rules check with guards around them, with no sentence end.
  'apologies in one sentence': "I'm sorry, we apologize for any inconvenience, mistakes were made and ".repeat(2_900),
  // A blamed "they" many times over in one sentence (each is checked for the customer's people named before it).
  'they blamed in one sentence': 'they lost your parcel and '.repeat(7_700),
};
