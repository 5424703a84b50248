// The sentence-role readers: past events, rules in force, steps the writer commits to.
import { describe, expect, it } from 'vitest';
import { commitmentAt, everyCaseAt, genericNowAt, ourActDoneWrong, ourChangeForEveryCase, pastClauses } from '../src/roles.js';
import { tokens } from './helpers.js';

describe('pastClauses', () => {
  const heads = (text: string): string[] => {
    const t = tokens(text);
    return pastClauses(t).map((i) => t[i]!.norm);
  };
  it('finds one past event per clause', () => {
    expect(heads("The fitter grabbed a pair from the wrong rack and didn't do a fit check")).toEqual(['grabbed', 'did']);
    expect(heads('When I updated your account I put your old number back by mistake')).toEqual(['updated', 'put']);
  });
  it('skips the perfect, the present passive, adjectives and the customer’s own account', () => {
    expect(heads("I've sent her a card and refunded the fee")).toEqual([]);
    expect(heads("We've since moved your account and it has now been fixed")).toEqual([]);
    expect(heads('Every sign is checked by a second person')).toEqual([]);
    expect(heads('You must be so frustrated after three missed deliveries')).toEqual([]);
    expect(heads('You ordered a size 6')).toEqual([]);
    expect(heads('I wanted to let you know what happened')).toEqual([]);
    expect(heads('Your cake was not ready at 3pm as promised')).toEqual(['was']);
  });
});

/** The words of a span the readers return, or null. */
function spanWords(text: string, read: (t: ReturnType<typeof tokens>) => { from: number; to: number } | null): string | null {
  const t = tokens(text);
  const m = read(t);
  return m
    ? t
        .slice(m.from, m.to)
        .map((x) => x.norm)
        .join(' ')
    : null;
}

describe('genericNowAt', () => {
  const span = (text: string): string | null => spanWords(text, genericNowAt);
  it('reads a rule now in force for a bare plural', () => {
    expect(span('We corrected the sheet, and address changes now reach the crews the same day')).toBe('address changes now reach');
    expect(span('Fragile orders now go out in double boxes')).toBe('fragile orders now go');
    expect(span('Heating reports between October and March are now always classed as urgent')).toBe(
      'heating reports between october and march are now always classed',
    );
  });
  it('leaves particular cases and states alone', () => {
    expect(span('The refunds now show in your account')).toBeNull();
    expect(span('Your items now ship on Friday')).toBeNull();
    expect(span('Orders now ready for collection')).toBeNull();
    expect(span('It has been three days now since I wrote')).toBeNull();
    expect(span('Your refunds are now processed')).toBeNull();
    // News about the service is no safeguard.
    expect(span('Orders now arrive in our new green boxes')).toBeNull();
    expect(span('The two parcels are now delivered')).toBeNull();
  });
});

describe('everyCaseAt', () => {
  const found = (text: string): boolean => everyCaseAt(tokens(text)) !== null;
  it('reads a rule for every case, in force', () => {
    expect(found('From today every scooter gets a test ride')).toBe(true);
    expect(found('No job card is closed until a second mechanic has checked it')).toBe(true);
    expect(found('Each part now gets a printed tag')).toBe(true);
  });
  it('leaves the customer’s case, "no problem" and "for now" alone', () => {
    expect(found('I will check every item before it ships to you')).toBe(false);
    expect(found('No problem at all, it is sorted now')).toBe(false);
    expect(found('Every seat is taken for now')).toBe(false);
    expect(found('Every order is packed by hand')).toBe(false);
    expect(found('Every order now ships free over 50 pounds')).toBe(false);
    expect(found('Since Monday, every message has been answered within an hour')).toBe(false);
  });
});

describe('commitmentAt', () => {
  const at = (text: string): number => commitmentAt(tokens(text));
  it('finds a step of the writer’s own', () => {
    expect(at('I will come to the flat on Wednesday')).toBe(0);
    expect(at('Then we are going to call you')).toBe(1);
    expect(at("We've booked you in for Monday")).toBe(0);
  });
  it('is -1 without one', () => {
    expect(at('We will not charge you again')).toBe(-1);
    expect(at('You will get an email on Monday')).toBe(-1);
    expect(at('We will be closed on Monday')).toBe(-1);
    expect(at("I'll be on holiday from Friday")).toBe(-1);
    expect(at('We will never share your details')).toBe(-1);
  });
});

describe('ourActDoneWrong', () => {
  it('reads our act done wrong, to the word that says so', () => {
    expect(spanWords('We picked the wrong stock code when the order was sent', ourActDoneWrong)).toBe('we picked the wrong');
    expect(spanWords('Our engineer set the sensitivity of the hallway sensor too high', ourActDoneWrong)).toBe(
      'our engineer set the sensitivity of the hallway sensor too',
    );
    expect(spanWords('The extra £50 was included already, so we charged you for it twice', ourActDoneWrong)).toBe('we charged you for it twice');
  });
  it('reads an omission of ours, with or without its own subject', () => {
    expect(spanWords("We didn't carry out the real-ear measurement", ourActDoneWrong)).toBe('we did not carry');
    expect(spanWords('We carried out the first treatment but did not leave you the sheet', ourActDoneWrong)).toBe('but did not leave');
    expect(spanWords('We marked it as approved but never actually sent it', ourActDoneWrong)).toBe('but never actually sent');
  });
  it('reads a step we skipped: "should have" and "without checking"', () => {
    expect(spanWords("We should have checked the damage log before charging you, and we didn't", ourActDoneWrong)).toBe('we should have checked');
    expect(spanWords('We then added a second booking by hand without checking the calendar', ourActDoneWrong)).toBe(
      'we then added a second booking by hand without checking',
    );
    expect(ourActDoneWrong(tokens('We should have checked the damage log'))?.account).toBe(true);
    expect(ourActDoneWrong(tokens('We should have handled it better'))?.account).toBe(false);
    expect(ourActDoneWrong(tokens('I should have checked, and I did not'))?.account).toBe(false);
  });
  it('tells an account from bare ownership', () => {
    expect(ourActDoneWrong(tokens('We picked the wrong stock code'))?.account).toBe(true);
    expect(ourActDoneWrong(tokens('We got this one completely wrong'))?.account).toBe(false);
    expect(ourActDoneWrong(tokens("I'm sorry we didn't meet that expectation"))?.account).toBe(false);
  });
  it('is silent on what is no failure of ours', () => {
    expect(spanWords("We didn't receive your form", ourActDoneWrong)).toBeNull();
    expect(spanWords("We didn't charge you twice", ourActDoneWrong)).toBeNull();
    expect(spanWords('We never pack glassware without double bubble wrap', ourActDoneWrong)).toBeNull();
    expect(spanWords('We checked, and the courier sent the wrong size', ourActDoneWrong)).toBeNull();
    expect(spanWords('I wanted to let you know what was wrong', ourActDoneWrong)).toBeNull();
    expect(spanWords('If we sent the wrong one, tell me', ourActDoneWrong)).toBeNull();
    expect(spanWords('We should have received your return by now', ourActDoneWrong)).toBeNull();
    expect(spanWords('We should have your refund ready by Friday', ourActDoneWrong)).toBeNull();
    expect(spanWords("We've sent a new kettle without charging you for delivery", ourActDoneWrong)).toBeNull();
  });
});

describe('ourChangeForEveryCase', () => {
  it('reads a change of ours made for every case', () => {
    expect(spanWords("We've also made real-ear measurement a required step at every first fitting", ourChangeForEveryCase)).toBe(
      'we have also made real-ear measurement a required',
    );
    expect(spanWords("We're adding an overnight test mode to every new installation", ourChangeForEveryCase)).toBe(
      'we are adding an overnight test mode to every',
    );
    expect(spanWords('We no longer book events within three hours of each other', ourChangeForEveryCase)).toBe('we no longer book');
  });
  it('is silent on a gift to the customer or their own case', () => {
    expect(spanWords("We've added a free month to every plan", ourChangeForEveryCase)).toBeNull();
    expect(spanWords("We've changed your plan for all future bills", ourChangeForEveryCase)).toBeNull();
    expect(spanWords("We've restored all three days of data", ourChangeForEveryCase)).toBeNull();
  });
});
