/**
 * A deterministic archive of many weeks made from one real digest, for the benchmark: every week gets
 * its own period (some crossing a month or a year), its papers in another order with varied titles,
 * and every fourth week is rendered as a saved Discourse page instead of a text copy.
 */
export interface SyntheticDigest {
  fileName: string;
  format: 'text' | 'html';
  input: string;
  sidecar: unknown;
}

interface SidecarLike {
  papers?: { titleEn: string; paper?: string | null }[];
}

const DAY = 86_400_000;

function periodLine(start: Date, variant: number): string {
  const end = new Date(start.getTime() + 6 * DAY);
  const y = (d: Date) => String(d.getUTCFullYear());
  const m = (d: Date) => String(d.getUTCMonth() + 1).padStart(2, '0');
  const d2 = (d: Date) => String(d.getUTCDate()).padStart(2, '0');
  const head = `${y(start)}/${m(start)}/${d2(start)}`;
  if (y(end) !== y(start) || variant % 5 === 0) return `[${head} ~ ${y(end)}/${m(end)}/${d2(end)}]`;
  if (m(end) !== m(start)) return `[${head} ~ ${m(end)}/${d2(end)}]`;
  return `[${head} ~ ${d2(end)}]`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function emojiHtml(text: string): string {
  return escapeHtml(text).replace(
    /:([a-z_]+):/g,
    (_, name: string) =>
      `<img src="https://emoji.discourse-cdn.com/apple/${name}.png?v=12" title=":${name}:" class="emoji" alt=":${name}:">`,
  );
}

const SECTION_LINES = new Set(['논문 소개', '논문 초록(Abstract)', '논문 링크', '더 읽어보기']);

/**
 * A digest's text copy rendered back into the markup Discourse cooks a post into: headings with
 * anchors, emoji images, the English abstract in a blockquote, link previews (oneboxes) under
 * '논문 링크'. `links` maps a paper's title line to its link. The title line itself is not part of a
 * post (it is the topic's title).
 */
export function cookedPost(text: string, links: ReadonlyMap<string, string>): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const out: string[] = [];
  let section = '';
  let anchors = 0;
  const heading = (tag: string, content: string) => {
    anchors += 1;
    return `<${tag}><a name="p-1234-h-${anchors}" class="anchor" href="#p-1234-h-${anchors}"></a>${content}</${tag}>`;
  };
  let lastHeader = '';
  lines.forEach((line, index) => {
    if (index === 0 || line === lines[0]) return;
    if (SECTION_LINES.has(line)) {
      section = line;
      out.push(heading('h3', line));
      const url = line === '논문 링크' ? links.get(lastHeader) : undefined;
      if (url)
        out.push(
          `<aside class="onebox allowlistedgeneric" data-onebox-src="${url}"><header class="source"><a href="${url}" target="_blank" rel="noopener">arXiv.org</a></header><article class="onebox-body"><h3><a href="${url}" target="_blank" rel="noopener">${escapeHtml(lastHeader.split(' / ').pop() ?? '')}</a></h3></article></aside>`,
        );
      return;
    }
    if (lines[index + 1] === '논문 소개') {
      lastHeader = line;
      out.push(heading('h2', escapeHtml(line)));
      return;
    }
    const english = section === '논문 초록(Abstract)' && !/[\uac00-\ud7a3]/.test(line);
    out.push(
      english ? `<blockquote><p>${escapeHtml(line)}</p></blockquote>` : `<p>${emojiHtml(line)}</p>`,
    );
  });
  return out.join('\n');
}

/** A saved forum page around a cooked post, as a browser's "save page" keeps it. */
function savedPage(text: string, links: Map<string, string>): string {
  const title = escapeHtml(text.split('\n').find((line) => line.trim() !== '') ?? '');
  return `<!DOCTYPE html><html><head><title>${title} - 읽을거리&amp;정보공유 - 파이토치 한국 사용자 모임</title></head><body><div id="topic-title"><h1>${title}</h1></div><div class="topic-post"><article id="post_1"><div class="cooked">\n${cookedPost(text, links)}\n</div><button class="like-count">3</button></article></div></body></html>`;
}

export function syntheticArchive(
  seed: string,
  seedSidecar: unknown,
  weeks: number,
): SyntheticDigest[] {
  const lines = seed.replace(/\r\n?/g, '\n').split('\n');
  const titleLine = lines.find((line) => line.startsWith('['));
  const headerIndexes = lines.flatMap((line, index) =>
    lines[index + 2] === '논문 소개' && line.includes(' / ') ? [index] : [],
  );
  const firstHeader = headerIndexes[0] ?? lines.length;
  const footerIndex = lines.findIndex((line) => line.includes('파이토치 한국 사용자 모임'));
  const front = lines.slice(0, firstHeader);
  const papers = headerIndexes.map((start, k) =>
    lines.slice(start, headerIndexes[k + 1] ?? footerIndex),
  );
  const footer = lines.slice(footerIndex);
  const seedLinks = new Map(
    ((seedSidecar as SidecarLike).papers ?? []).map((entry) => [entry.titleEn, entry.paper ?? '']),
  );

  return Array.from({ length: weeks }, (_, week) => {
    const start = new Date(Date.UTC(2021, 0, 4) + week * 7 * DAY);
    const period = periodLine(start, week);
    const rotated = [
      ...papers.slice(week % papers.length),
      ...papers.slice(0, week % papers.length),
    ];
    const kept = week % 7 === 3 ? rotated.slice(0, -1) : rotated;
    const sidecarPapers: { titleEn: string; paper: string }[] = [];
    const headerLinks = new Map<string, string>();
    const body = kept.flatMap((paper) => {
      const [header = '', ...rest] = paper;
      const split = header.lastIndexOf(' / ');
      const en = header.slice(split + 3);
      const variedEn = `${en} (week ${week + 1})`;
      const variedHeader = `${header.slice(0, split)} (${week + 1}주차) / ${variedEn}`;
      const url = seedLinks.get(en) ?? '';
      sidecarPapers.push({ titleEn: variedEn, paper: url });
      headerLinks.set(variedHeader, url);
      return [variedHeader, ...rest];
    });
    const text = [
      ...front.map((line) => (line === titleLine ? line.replace(/^\[[^\]]*\]/, period) : line)),
      ...body,
      ...footer,
    ].join('\n');
    const id = start.toISOString().slice(0, 10);
    const html = week % 4 === 2;
    return {
      fileName: `${id}.${html ? 'html' : 'txt'}`,
      format: html ? 'html' : 'text',
      input: html ? savedPage(text, headerLinks) : text,
      sidecar: html ? undefined : { papers: sidecarPapers },
    };
  });
}
