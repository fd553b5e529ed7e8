import type { ZodTypeAny } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  eventSchema,
  explainerSchema,
  figureSchema,
  glossarySchema,
  isRealDate,
  type KnownIds,
  mapSchema,
  profileSchema,
  sourceSchema,
  themeSchema,
} from '../../src/schemas';

const known: KnownIds = {
  themes: new Set(['quartet', 'elections']),
  sources: new Set(['un-2003', 'bbc-2021']),
  profiles: new Set(['sergey-lavrov']),
  events: new Set(),
  glossary: new Set(['roadmap']),
  figures: new Set(['plc-2006-seats']),
  maps: new Set(),
};

/**
 * A text in every published language: the English as given, the others valid texts of their own
 * (the schemas check each language's text the same way; a test below leaves one out).
 */
const tr = (en: string) => ({
  en,
  ar: 'نص عربي للاختبار، طويل بما يكفي لكل حقل.',
  ru: 'Русский текст для проверки, достаточно длинный для любого поля.',
});

/** "path: message" for every issue, or [] when the data is valid. */
function problems(schema: ZodTypeAny, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const source = {
  title: 'Security Council endorses Road Map',
  publisher: 'United Nations',
  url: 'https://press.un.org/en/2003/sc7924.doc.htm',
  published: '2003-11-19',
  accessed: '2026-11-28',
  kind: 'official',
};

describe('source schema', () => {
  it('accepts a complete source and defaults lang to en', () => {
    expect(problems(sourceSchema, source)).toEqual([]);
    expect(sourceSchema.parse(source).lang).toBe('en');
  });
  it('requires a URL and explains why', () => {
    const { url: _url, ...rest } = source;
    expect(problems(sourceSchema, rest)).toEqual(['url: every source needs the URL of the page that was read']);
  });
  it('rejects a URL that is not absolute', () => {
    expect(problems(sourceSchema, { ...source, url: 'press.un.org/x' })).toEqual(['url: must be a full URL starting with https://']);
  });
  it('requires a publisher', () => {
    expect(problems(sourceSchema, { ...source, publisher: '  ' })).toEqual(['publisher: must not be empty']);
  });
  it('rejects unknown fields, catching typos', () => {
    expect(problems(sourceSchema, { ...source, publshed: '2003-11-19' })).toEqual([": Unrecognized key(s) in object: 'publshed'"]);
  });
  it('rejects an impossible date', () => {
    expect(problems(sourceSchema, { ...source, published: '2021-02-30' })).toEqual(['published: "2021-02-30" is not a real calendar date']);
  });
  it('rejects a publication date after the day the page was read', () => {
    expect(problems(sourceSchema, { ...source, published: '2026-12-01' })).toEqual([
      'published: is after the day the page was read (accessed: 2026-11-28): check both dates',
    ]);
  });
  it('rejects an unquoted YAML date with a hint', () => {
    expect(problems(sourceSchema, { ...source, accessed: new Date('2026-11-28') })).toEqual([
      'accessed: write the date in quotes, e.g. "2021-05-05" (unquoted YAML dates are silently converted, and impossible ones shifted)',
    ]);
  });
  it('rejects a date in another format', () => {
    expect(problems(sourceSchema, { ...source, published: '19/11/2003' })).toEqual([
      'published: "19/11/2003" is not a date in the form YYYY-MM-DD',
    ]);
  });
  it('rejects an unknown kind', () => {
    expect(problems(sourceSchema, { ...source, kind: 'blog' })[0]).toMatch(/^kind: Invalid enum value\. Expected 'news' \| 'agency'/);
  });
});

describe('theme schema', () => {
  const theme = {
    order: 2,
    role: 'theme',
    label: tr('Elections'),
    title: tr('Palestinian elections'),
    summary: tr('The institutions Palestinians vote for and the elections held.'),
    accent: { light: '#963d14', dark: '#f0966e' },
  };
  it('accepts a theme', () => {
    expect(problems(themeSchema, theme)).toEqual([]);
  });
  it('rejects an unknown role', () => {
    expect(problems(themeSchema, { ...theme, role: 'topic' })).toEqual([
      "role: Invalid enum value. Expected 'theme' | 'story', received 'topic'",
    ]);
  });
  it('needs each text in the default language, and no language the site does not have', () => {
    expect(problems(themeSchema, { ...theme, label: { fr: 'Élections' } })).toEqual([
      'label.en: Required',
      "label: Unrecognized key(s) in object: 'fr'",
    ]);
  });
  it("needs each published edition's text, naming the language", () => {
    expect(problems(themeSchema, { ...theme, label: { en: 'Elections', ru: 'Выборы' } })).toEqual(['label: missing ar translation']);
  });
  it('needs both accent colours, as #rrggbb', () => {
    expect(problems(themeSchema, { ...theme, accent: { light: 'brown' } })).toEqual([
      'accent.light: write the colour as #rrggbb, e.g. "#1e5ea8"',
      'accent.dark: Required',
    ]);
  });
});

const explainer = {
  title: 'Palestinian elections',
  lang: 'en',
  theme: 'elections',
  order: 2,
  summary:
    'Palestinians last voted for a legislature in 2006. A decree in January 2021 set three elections for later that year, the first in fifteen years, ' +
    'and in April 2021 they were postponed. This summary is long enough to pass the check on words, which asks for sixty to one hundred and ten, ' +
    'as a reader of the home page would expect from one paragraph.',
  summaryCite: ['bbc-2021'],
  keyPoints: [
    { text: 'One.', cite: ['bbc-2021'] },
    { text: 'Two.', cite: ['un-2003'] },
    { text: 'Three.', cite: ['bbc-2021'] },
  ],
  published: '2026-11-28',
  reviewed: '2026-11-28',
};

describe('explainer schema', () => {
  const schema = explainerSchema(known);
  it('accepts a complete explainer, not a draft by default', () => {
    expect(problems(schema, explainer)).toEqual([]);
    expect(schema.parse(explainer).draft).toBe(false);
  });
  it('names the unknown theme and lists the known ones', () => {
    expect(problems(schema, { ...explainer, theme: 'vaccines' })).toEqual([
      'theme: unknown theme id "vaccines": use one of: elections, quartet',
    ]);
  });
  it('names an unknown source id in a key point', () => {
    expect(problems(schema, { ...explainer, keyPoints: [...explainer.keyPoints.slice(0, 2), { text: 'x', cite: ['nyt-2021'] }] })).toEqual([
      'keyPoints.2.cite.0: unknown source id "nyt-2021": add content/sources/<id>.yaml or fix the id',
    ]);
  });
  it('needs 3 to 6 key points', () => {
    expect(problems(schema, { ...explainer, keyPoints: explainer.keyPoints.slice(0, 2) })).toEqual(['keyPoints: give 3 to 6 key points']);
  });
  it('needs a summary', () => {
    const { summary: _s, ...rest } = explainer;
    expect(problems(schema, rest)).toEqual(['summary: Required']);
  });
  it('keeps markup out of the summary and the key points, which are shown as written', () => {
    expect(problems(schema, { ...explainer, summary: `${explainer.summary} <Cite id="bbc-2021" />` })).toEqual([
      'summary: is plain text, shown as written: remove a tag or component',
    ]);
    const keyPoints = [{ text: 'The **Roadmap** of 2003.', cite: ['un-2003'] }, ...explainer.keyPoints.slice(1)];
    expect(problems(schema, { ...explainer, keyPoints })).toEqual([
      'keyPoints.0.text: is plain text, shown as written: remove Markdown emphasis',
    ]);
    const linked = [{ text: 'See [the vote](/explainers/elections/).', cite: ['un-2003'] }, ...explainer.keyPoints.slice(1)];
    expect(problems(schema, { ...explainer, keyPoints: linked })).toEqual([
      'keyPoints.0.text: is plain text, shown as written: remove a Markdown link',
    ]);
  });
  it('needs a summary of 60 to 110 words', () => {
    expect(problems(schema, { ...explainer, summary: `${explainer.summary} ${'word '.repeat(200)}`.trim() })).toEqual([
      'summary: has 264 words: write 60 to 110',
    ]);
    expect(
      problems(schema, {
        ...explainer,
        summary: 'Palestinians last voted for a legislature in 2006, and a decree in 2021 set new elections.',
      }),
    ).toEqual(['summary: must be at least 120 characters', 'summary: has 16 words: write 60 to 110']);
  });
  it('needs the summary to be cited', () => {
    expect(problems(schema, { ...explainer, summaryCite: [] })).toEqual(['summaryCite: cite at least one source']);
  });
  it('rejects a review date before publication', () => {
    expect(problems(schema, { ...explainer, reviewed: '2026-01-01' })).toEqual([
      'reviewed: the review date (2026-01-01) is before the publication date (2026-11-28)',
    ]);
  });
  it('rejects an unsupported language', () => {
    expect(problems(schema, { ...explainer, lang: 'xx' })).toEqual([
      "lang: Invalid enum value. Expected 'en' | 'ar' | 'ru', received 'xx'",
    ]);
  });
});

describe('profile schema', () => {
  const schema = profileSchema(known);
  const profile = {
    name: tr('Sergey Lavrov'),
    kind: 'person',
    role: tr('Foreign Minister of Russia'),
    group: 'russia',
    themes: ['quartet'],
    profile: [{ text: tr('Russia’s foreign minister since 2004.'), cite: ['bbc-2021'] }],
  };
  it('accepts a profile and defaults its other names and search aliases', () => {
    expect(problems(schema, profile)).toEqual([]);
    expect(schema.parse(profile).otherNames).toEqual({ en: [], ar: [], ru: [] });
    expect(schema.parse(profile).searchAliases).toEqual({ en: [], ar: [], ru: [] });
  });
  it('requires a group, one of four', () => {
    const { group: _, ...without } = profile;
    expect(problems(schema, without)).toEqual(['group: Required']);
    expect(problems(schema, { ...profile, group: 'european' })).toEqual([
      "group: Invalid enum value. Expected 'russia' | 'palestinian' | 'israeli' | 'international', received 'european'",
    ]);
  });
  it('requires every profile item to be cited', () => {
    expect(problems(schema, { ...profile, profile: [{ text: tr('Uncited.'), cite: [] }] })).toEqual([
      'profile.0.cite: cite at least one source',
    ]);
  });
  it('rejects an unknown kind', () => {
    expect(problems(schema, { ...profile, kind: 'country' })).toEqual([
      "kind: Invalid enum value. Expected 'person' | 'organisation', received 'country'",
    ]);
  });
});

describe('event schema', () => {
  const schema = eventSchema(known);
  const event = {
    date: '2021-04-30',
    title: tr('Elections postponed'),
    text: tr('Abbas postponed the elections.'),
    theme: 'elections',
    cite: ['bbc-2021'],
  };
  it('accepts full and partial dates', () => {
    for (const date of ['2021-04-30', '2021-04', '2021']) expect(problems(schema, { ...event, date })).toEqual([]);
  });
  it('rejects an impossible month', () => {
    expect(problems(schema, { ...event, date: '2021-13' })).toEqual(['date: "2021-13" is not a real calendar date']);
  });
  it('rejects a section that is not a heading slug', () => {
    expect(problems(schema, { ...event, section: 'The April 2021 postponement' })).toEqual([
      'section: must be a heading slug such as "the-2006-election"',
    ]);
  });
  it('needs a source', () => {
    expect(problems(schema, { ...event, cite: [] })).toEqual(['cite: cite at least one source']);
  });
});

describe('glossary schema', () => {
  const schema = glossarySchema(known);
  it('accepts a term', () => {
    expect(
      problems(schema, {
        term: tr('Roadmap'),
        definition: tr('A performance-based plan for a two-state solution.'),
        themes: ['quartet'],
        cite: ['un-2003'],
      }),
    ).toEqual([]);
  });
  it('rejects a one-word definition', () => {
    expect(problems(schema, { term: tr('Roadmap'), definition: tr('A plan.'), cite: ['un-2003'] })).toEqual([
      'definition.en: must be at least 20 characters',
    ]);
  });
  it('rejects an unknown theme', () => {
    expect(
      problems(schema, {
        term: tr('Roadmap'),
        definition: tr('A performance-based plan for peace.'),
        themes: ['peace'],
        cite: ['un-2003'],
      }),
    ).toEqual(['themes.0: unknown theme id "peace": use one of: elections, quartet']);
  });
});

describe('figure schema', () => {
  const schema = figureSchema(known);
  const bar = {
    title: tr('Seats in 2006'),
    kind: 'bar',
    unit: tr('seats'),
    description: tr('Hamas won 74 of 132 seats.'),
    cite: ['bbc-2021'],
    data: [{ label: tr('Change and Reform'), value: 74 }],
  };
  it('accepts a bar chart', () => {
    expect(problems(schema, bar)).toEqual([]);
  });
  it('rejects a negative value', () => {
    expect(problems(schema, { ...bar, data: [{ label: tr('x'), value: -1 }] })).toEqual(['data.0.value: values must be 0 or more']);
  });
  it('rejects an unknown kind', () => {
    expect(problems(schema, { ...bar, kind: 'pie' })).toEqual(['kind: kind must be "bar" or "spans"']);
  });
  it('rejects a span that ends before it starts', () => {
    const { unit: _u, ...rest } = bar;
    expect(problems(schema, { ...rest, kind: 'spans', data: [{ label: tr('Envoy'), start: '2007-06', end: '2005' }] })).toEqual([
      'data.0.end: ends (2005) before it starts (2007-06)',
    ]);
  });
  it('needs an as-of date for open spans', () => {
    const { unit: _u, ...rest } = bar;
    expect(problems(schema, { ...rest, kind: 'spans', data: [{ label: tr('Envoy'), start: '2007-06' }] })).toEqual([
      'asOf: a row without an end needs asOf: "YYYY-MM-DD" (the date the data was last checked)',
    ]);
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate(2020, 2, 29)).toBe(true);
    expect(isRealDate(2021, 2, 29)).toBe(false);
  });
});

describe('map schema', () => {
  const map = {
    title: tr('Where the doses came in'),
    description: tr('The West Bank and the Gaza Strip, marking one crossing.'),
    boundaries: ['bbc-2021'],
    places: [{ name: tr('Rafah'), lat: 31.28861, lon: 34.25194, cite: ['un-2003'] }],
  };

  it('accepts a map and puts labels on the right unless told', () => {
    const parsed = mapSchema(known).parse(map);
    expect(parsed.places[0]?.label).toBe('right');
  });

  it('refuses coordinates out of range, unknown sources, unknown sides and a map without places', () => {
    expect(problems(mapSchema(known), { ...map, places: [{ ...map.places[0], lat: -91, lon: 181 }] })).toEqual([
      'places.0.lat: a latitude is between -90 and 90',
      'places.0.lon: a longitude is between -180 and 180',
    ]);
    expect(problems(mapSchema(known), { ...map, places: [{ ...map.places[0], lat: '31.2' }] })).toEqual([
      'places.0.lat: write the latitude as a number of degrees, e.g. 31.9',
    ]);
    expect(problems(mapSchema(known), { ...map, boundaries: ['nope'] })).toEqual([
      'boundaries.0: unknown source id "nope": add content/sources/<id>.yaml or fix the id',
    ]);
    expect(problems(mapSchema(known), { ...map, places: [{ ...map.places[0], label: 'inside' }] })).toHaveLength(1);
    expect(problems(mapSchema(known), { ...map, places: [] })).toEqual(['places: a map shows at least one place']);
  });
});
