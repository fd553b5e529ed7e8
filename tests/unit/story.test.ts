import { describe, expect, it } from 'vitest';
import { isAfterStory } from '../../src/lib/story';

describe('isAfterStory', () => {
  it('puts later days, months and years after the talks of 5 May 2021', () => {
    expect(isAfterStory('2021-05-06')).toBe(true);
    expect(isAfterStory('2021-06')).toBe(true);
    expect(isAfterStory('2022')).toBe(true);
  });
  it('keeps the day itself, earlier dates and the month and year that contain it before', () => {
    expect(isAfterStory('2021-05-05')).toBe(false);
    expect(isAfterStory('2021-01-26')).toBe(false);
    expect(isAfterStory('2021-05')).toBe(false);
    expect(isAfterStory('2021')).toBe(false);
  });
});
