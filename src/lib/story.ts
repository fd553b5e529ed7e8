/** The news story the site explains: the Lavrov–al-Maliki talks in Moscow. */
export const STORY_DATE = '2021-05-05';

/** Whether a date ("2021", "2021-05" or "2021-05-05") falls after the talks. */
export function isAfterStory(date: string): boolean {
  return date > STORY_DATE && !STORY_DATE.startsWith(date);
}
