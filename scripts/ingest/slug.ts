const MAX_SLUG = 60;

/** A URL-friendly id from an English title: lowercase ASCII words joined by hyphens. A paper's name
 * before the colon is what people call it ("OptPipe: Memory- and …" → `optpipe`), so only that part
 * is used when there is one. */
export function slugify(title: string): string {
  const colon = title.search(/\s*[:：]\s/);
  const name =
    colon > 0 && /[A-Za-z0-9]/.test(title.slice(0, colon)) ? title.slice(0, colon) : title;
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** Slugs for a list of titles, unique within the list (`-2`, `-3` … on repeats); `paper-N` for none. */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, index) => {
    const base = slugify(title) || `paper-${index + 1}`;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
