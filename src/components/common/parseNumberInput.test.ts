// Tests what a number field accepts: complete numbers inside the limits; nothing while the text is
// empty, half-typed, fractional where an integer is asked for, or out of range.
import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './parseNumberInput';

describe('parseNumberInput', () => {
  it('accepts complete numbers inside the limits', () => {
    expect(parseNumberInput('2.5', { min: 0, max: 3 })).toBe(2.5);
    expect(parseNumberInput('3', { min: 0, max: 3, integer: true })).toBe(3);
    expect(parseNumberInput('-1e3', {})).toBe(-1000);
  });

  it('refuses empty, half-typed, fractional integers and out-of-range text', () => {
    expect(parseNumberInput('', {})).toBeNull();
    expect(parseNumberInput(' ', {})).toBeNull();
    expect(parseNumberInput('1e', {})).toBeNull();
    expect(parseNumberInput('2.5', { integer: true })).toBeNull();
    expect(parseNumberInput('4', { max: 3 })).toBeNull();
    expect(parseNumberInput('-0.1', { min: 0 })).toBeNull();
  });
});
