import type { LoadProblem, SourceInfo } from '../model.js';
import { readDate } from './readDate.js';

/** The metadata fields an editor may write, with the other names newsrooms use for them. */
const FIELD_NAMES: Record<string, keyof SourceInfo> = {
  id: 'id',
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  author: 'author',
  byline: 'author',
  published: 'published',
  date: 'published',
  kind: 'kind',
  genre: 'kind',
  url: 'url',
  link: 'url',
};

/**
 * Reads one document's metadata written by an editor (front matter or an entry of `sources.yml`).
 * Unknown fields and values that are not text are reported, naming the field and, where known, its line.
 *
 * ```ts
 * readSourceFields({ outlet: 'China Watch', genre: 'opinion' }).fields // { outlet: 'China Watch', kind: 'opinion' }
 * ```
 */
export function readSourceFields(
  value: unknown,
  lineOf: (path: string[]) => number | undefined = () => undefined,
  path: string[] = [],
): { fields: Partial<SourceInfo>; problems: Omit<LoadProblem, 'file'>[] } {
  const fields: Partial<SourceInfo> = {};
  const problems: Omit<LoadProblem, 'file'>[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ line: lineOf(path), message: 'expected a mapping of fields (title, outlet, author, published, kind, url)' });
    return { fields, problems };
  }
  for (const [key, raw] of Object.entries(value)) {
    const field = FIELD_NAMES[key.toLowerCase()];
    const line = lineOf([...path, key]);
    if (!field) {
      problems.push({ field: key, line, message: `unknown field "${key}" (known: title, outlet, author, published, kind, url)` });
      continue;
    }
    if (raw === null || raw === undefined || raw === '') continue; // left empty: unknown stays unknown
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      problems.push({ field: key, line, message: `field "${key}" must be text` });
      continue;
    }
    const text = String(raw).trim();
    if (field === 'published') {
      const date = readDate(text);
      if (!date) {
        problems.push({ field: key, line, message: `field "${key}" is not a date: "${text}" (write 2019-05-30)` });
        continue;
      }
      fields.published = date;
    } else if (field === 'url' && !/^https?:\/\/\S+$/.test(text)) {
      problems.push({ field: key, line, message: `field "${key}" is not an http(s) link: "${text}"` });
    } else {
      fields[field] = text;
    }
  }
  return { fields, problems };
}
