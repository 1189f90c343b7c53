import type { Role } from './block-roles';

/** Where the forum's footer (the like count, the community's sign-off) starts after the last paper. */
export function findFooterStart(roles: readonly Role[], lastPaperTitle: number): number {
  const start = roles.findIndex(
    (role, index) => index > lastPaperTitle && (role.type === 'footer' || role.type === 'likes'),
  );
  return start < 0 ? roles.length : start;
}

/** The like count: the forum's own (topic JSON) is newer than a count written in a copy of the page. */
export function readLikeCount(
  roles: readonly Role[],
  pageLikes: number | null,
  forumLikes: number | null | undefined,
): number | null {
  let likes = pageLikes;
  roles.forEach((role) => {
    if (role.type === 'likes' && forumLikes == null) likes = role.count;
  });
  return likes;
}
