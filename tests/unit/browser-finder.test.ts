import { describe, expect, it } from 'vitest';
import { findChrome } from '../helpers/browser';

describe('findChrome', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChrome({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });
  it('fails loudly for a CHROME_PATH that does not exist', () => {
    expect(() => findChrome({ CHROME_PATH: '/nope' }, () => false)).toThrow('CHROME_PATH is set to "/nope", but there is no file there.');
  });
  it('finds Debian chromium', () => {
    expect(findChrome({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
  it('says how to install a browser when none is found, never skipping', () => {
    expect(() => findChrome({}, () => false)).toThrow(
      /No Chromium found for the browser tests\. Install it with `sudo apt-get install -y chromium`/,
    );
  });
});
