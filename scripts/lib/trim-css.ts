import postcss from 'postcss';

/** Every class name used in some HTML (the values of its class attributes). */
export function classesIn(html: string, into = new Set<string>()): Set<string> {
  for (const [, value = ''] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of value.split(/\s+/)) if (name) into.add(name);
  }
  return into;
}

/**
 * `css` without the rules that cannot match any element whose classes are all in `classes`: a selector
 * is kept when every class it names is used. Rules without a class (element selectors) and keyframes are
 * kept as they are, and an @font-face when a kept rule names its family (KaTeX declares twenty faces; a
 * page's formulas use a few, and each face costs about 50 bytes of the page's first round trip). For a
 * third-party stylesheet whose full copy the page loads later anyway (KaTeX's, with the Markdown
 * renderer): only its first paint uses this subset.
 */
export function keepRulesForClasses(css: string, classes: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name))
      return;
    // A class inside :not(…) is one the element must not have: it is not needed for the rule to match.
    const kept = rule.selectors.filter((selector) =>
      Array.from(selector.replace(/:not\([^()]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)).every(
        ([, name = '']) => classes.has(name),
      ),
    );
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  // The font families the kept rules name (in `font-family` or the `font` shorthand).
  const named = new Set<string>();
  root.walkDecls(/^font(-family)?$/i, (decl) => {
    if (decl.parent?.type === 'atrule') return;
    for (const part of decl.value.split(/[\s,]+/)) named.add(part.replace(/^["']|["']$/g, ''));
  });
  root.walkAtRules(/^font-face$/i, (face) => {
    let family = '';
    face.walkDecls(/^font-family$/i, (decl) => {
      family = decl.value.trim().replace(/^["']|["']$/g, '');
    });
    if (!named.has(family)) face.remove();
  });
  return root.toString();
}
