/** The who's who's order: people by family name, organisations by name, both grouped by where they stand. */
import { type ProfileGroup, profileGroups } from '../schemas/profile';

/**
 * The name a person is sorted by: the last word of the name, without an Arabic article
 * ("Riyad al-Maliki" → "Maliki", "Tor Wennesland" → "Wennesland").
 */
export function familyName(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? name;
  // The article in Latin and Cyrillic spellings (al-, аль-) and in Arabic (ال, written joined).
  return last.replace(/^(al|el|as|ash|ad|аль|ал|ас|аш|ад|ан|ат)-/iu, '').replace(/^ال(?=\p{L}{2})/u, '');
}

interface Named {
  id: string;
  data: { name: string; kind: 'person' | 'organisation'; group: ProfileGroup };
}

/** People by family name (then given name), organisations by name. */
export function whoCompare(a: Named, b: Named): number {
  const key = (p: Named) => (p.data.kind === 'person' ? `${familyName(p.data.name)} ${p.data.name}` : p.data.name);
  return key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** The profiles by group, in the schema's order of groups, each sorted; empty groups left out. */
export function whoGroups<T extends Named>(profiles: readonly T[]): Array<{ group: ProfileGroup; people: T[]; organisations: T[] }> {
  return profileGroups
    .map((group) => {
      const inGroup = profiles.filter((p) => p.data.group === group).sort(whoCompare);
      return {
        group,
        people: inGroup.filter((p) => p.data.kind === 'person'),
        organisations: inGroup.filter((p) => p.data.kind === 'organisation'),
      };
    })
    .filter((g) => g.people.length + g.organisations.length > 0);
}

/** The other names worth showing: none that is the page's own name again, each once. */
export function shownNames(name: string, otherNames: readonly string[]): string[] {
  const seen = new Set([name.toLocaleLowerCase('en')]);
  return otherNames.filter((n) => {
    const k = n.toLocaleLowerCase('en');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
