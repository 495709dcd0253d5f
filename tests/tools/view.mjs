// What of a session page is drawn over its 3D view, read in the page (the bench's "view" figure,
// the end-to-end test of the view straight down).
//
// Why boxes and not document.elementsFromPoint: hit testing skips whatever has
// `pointer-events: none` (the session bar's strip, the rating dock's corner, the fade) and takes a
// transparent box as a hit, so it would miss a drawn overlay that lets clicks through and count an
// empty one. Instead every element that draws something is taken with the box it draws in:
// - its border box where it paints a background colour or image, a border, a shadow or an outline
//   (grown by the shadow's and the outline's reach), where it is a replaced element (img, svg,
//   canvas, video, iframe, form controls), a list item with a marker, or has ::before/::after;
// - the boxes of its own text (a range over each text node), grown by its text shadow;
// - not where it or an ancestor is invisible (`visibility`, an opacity of 0, `display: none`, the
//   unrendered content of a closed <details>);
// - cut to the boxes of the ancestors whose overflow clips it (its own, for its text).
// The scene's canvas and its ancestors are the view itself. Anything else counts as over it, even
// an element that might lie beneath: an error can only make the scene's share smaller.

/** Runs in the page (pass it to page.evaluate): the view's box and every box drawn over it. */
export function viewCover() {
  const canvas = document.querySelector('.scene-canvas canvas');
  if (!canvas) throw new Error('No 3D view on the page');
  const px = (value) => Number.parseFloat(value) || 0;
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const grow = (r, by) => ({
    left: r.left - by,
    top: r.top - by,
    right: r.right + by,
    bottom: r.bottom + by,
  });
  const cut = (r, c) => ({
    left: Math.max(r.left, c.left),
    top: Math.max(r.top, c.top),
    right: Math.min(r.right, c.right),
    bottom: Math.min(r.bottom, c.bottom),
  });
  // A shadow reaches at most the sum of its lengths (offsets, blur, spread) beyond the box.
  const reach = (shadow) =>
    shadow === 'none'
      ? 0
      : Math.max(
          0,
          ...shadow
            .split(/,(?![^(]*\))/)
            .map((one) =>
              (one.match(/-?[\d.]+px/g) ?? []).reduce((s, v) => s + Math.abs(px(v)), 0),
            ),
        );
  const clips = (style) => style.overflowX !== 'visible' || style.overflowY !== 'visible';
  const transparent = (colour) =>
    colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour);

  // The boxes of the ancestors whose overflow clips `el`, walking its chain of containing blocks:
  // an absolutely positioned box escapes unpositioned ancestors, a fixed one all of them.
  const clipOf = (el, self) => {
    let r = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    const own = getComputedStyle(el);
    if (self && clips(own)) r = cut(r, box(el.getBoundingClientRect()));
    let position = own.position;
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (position === 'fixed') break;
      const style = getComputedStyle(e);
      if (position === 'absolute' && style.position === 'static') continue;
      if (clips(style)) r = cut(r, box(e.getBoundingClientRect()));
      position = style.position;
    }
    return r;
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= px(getComputedStyle(e).opacity);
    return o;
  };
  const replaced =
    /^(IMG|SVG|CANVAS|VIDEO|IFRAME|OBJECT|EMBED|INPUT|SELECT|TEXTAREA|PROGRESS|METER)$/i;
  const closed = (el) => el.tagName === 'DETAILS' && !el.open;
  const pseudo = (el, which) => {
    const content = getComputedStyle(el, which).content;
    return content !== 'none' && content !== 'normal';
  };

  const cover = [];
  const add = (r, el, clip) => {
    const c = cut(r, clip);
    if (c.right > c.left && c.bottom > c.top)
      cover.push({
        ...c,
        what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`,
      });
  };
  const walk = (el) => {
    const style = getComputedStyle(el);
    // A box of `display: contents` draws nothing itself, but its children do.
    const boxless = style.display === 'contents';
    // No box, or content that is not rendered (what a closed <details> holds): nothing drawn.
    if (!boxless && !el.checkVisibility()) return;
    const isView = el === canvas || el.contains(canvas);
    const shown = !boxless && style.visibility === 'visible' && opacity(el) > 0;
    if (!isView && shown) {
      const outline =
        style.outlineStyle !== 'none' && px(style.outlineWidth) > 0
          ? px(style.outlineWidth) + Math.max(0, px(style.outlineOffset))
          : 0;
      const border = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) =>
          px(style[`border${side}Width`]) > 0 &&
          style[`border${side}Style`] !== 'none' &&
          !transparent(style[`border${side}Color`]),
      );
      const paints =
        !transparent(style.backgroundColor) ||
        style.backgroundImage !== 'none' ||
        border ||
        style.boxShadow !== 'none' ||
        outline > 0 ||
        replaced.test(el.tagName) ||
        (style.display === 'list-item' && style.listStyleType !== 'none') ||
        pseudo(el, '::before') ||
        pseudo(el, '::after');
      if (paints) {
        const clip = clipOf(el, false);
        const by = Math.max(reach(style.boxShadow), outline);
        for (const r of el.getClientRects()) add(grow(box(r), by), el, clip);
      }
      const textReach = reach(style.textShadow);
      let textClip = null;
      // A closed <details> lays out, but does not draw, all it holds but its summary.
      for (const node of closed(el) ? [] : el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        textClip ??= clipOf(el, true);
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) add(grow(box(r), textReach), el, textClip);
      }
    }
    // What an svg or a form control holds is drawn inside its own box.
    if (replaced.test(el.tagName)) return;
    for (const child of el.children) if (!closed(el) || child.tagName === 'SUMMARY') walk(child);
  };
  walk(document.body);

  const view = cut(box(canvas.getBoundingClientRect()), clipOf(canvas, false));
  return { width: window.innerWidth, height: window.innerHeight, scene: view, cover };
}

/** Runs in the page: whether the scene's canvas is the topmost hit at every point given. */
export function canvasOnTop(points) {
  const canvas = document.querySelector('.scene-canvas canvas');
  return points
    .filter(([x, y]) => document.elementFromPoint(x, y) !== canvas)
    .map(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return { x, y, hit: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : null };
    });
}

/**
 * The covers that reach into a region of the view (in CSS pixels), with how much of it each takes.
 * @param {{ left: number, top: number, right: number, bottom: number, what: string }[]} cover
 * @param {{ left: number, top: number, right: number, bottom: number }} region
 */
export function coverIn(cover, region) {
  return cover
    .map((r) => ({
      what: r.what,
      width: Math.min(r.right, region.right) - Math.max(r.left, region.left),
      height: Math.min(r.bottom, region.bottom) - Math.max(r.top, region.top),
    }))
    .filter((r) => r.width > 0 && r.height > 0);
}
