export const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;

/** Share of Hangul among the letters (Hangul + Latin); undefined when there are none. */
export function hangulShare(text: string): number | undefined {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x1100 && c <= 0x11ff) ||
      (c >= 0x3130 && c <= 0x318f)
    )
      hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return hangul + latin === 0 ? undefined : hangul / (hangul + latin);
}
