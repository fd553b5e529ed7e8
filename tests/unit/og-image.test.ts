import { describe, expect, it } from 'vitest';
import { drawable, ogPng, ogSvg, wrap } from '../../src/lib/og-image';

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    expect(wrap('The Middle East Quartet and its mediation', 26, 3)).toEqual(['The Middle East Quartet', 'and its mediation']);
  });
  it('shortens the last allowed line', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('og image', () => {
  const input = {
    site: 'Context Desk',
    kicker: 'Explainer · Elections',
    title: 'Palestinian elections & <the> split',
    subtitle: 'Cited background',
    accent: '#963d14',
  };
  it('escapes text into the SVG', () => {
    const svg = ogSvg(input);
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&lt;the&gt;');
    expect(svg).not.toContain('<the>');
  });
  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const a = await ogPng(input);
    const b = await ogPng(input);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(1200);
    expect(a.readUInt32BE(20)).toBe(630);
    expect(a.equals(b)).toBe(true);
  });
});

describe('characters the image cannot draw', () => {
  it('are left out instead of showing as empty boxes: emoji, flags, joiners and variation selectors', () => {
    expect(drawable('Vaccines 💉 arrive 🇵🇸 in Gaza 👍🏽 1️⃣ ©')).toBe('Vaccines arrive in Gaza 1 ©');
    expect(drawable('Лавров и аль-Малки: «переговоры» — 5 May')).toBe('Лавров и аль-Малки: «переговоры» — 5 May');
    expect(ogSvg({ site: 'S', kicker: 'K', title: 'Sputnik V 💉 in Gaza', subtitle: 'x', accent: '#000000' })).not.toContain('💉');
  });
});
