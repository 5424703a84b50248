// The sentence-role readers: past events, rules in force, steps the writer commits to.
import { describe, expect, it } from 'vitest';
import { commitmentAt, everyCaseAt, genericNowAt, pastClauses } from '../src/roles.js';
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

describe('genericNowAt', () => {
  const span = (text: string): string | null => {
    const t = tokens(text);
    const m = genericNowAt(t);
    return m
      ? t
          .slice(m.from, m.to)
          .map((x) => x.norm)
          .join(' ')
      : null;
  };
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
