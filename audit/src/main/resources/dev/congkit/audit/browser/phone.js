// The page at a phone's width: a viewport declared, sideways overflow (against the screen's width: a phone widens its
// layout to fit a page that overflows), and interactive targets under 24 x 24 CSS px that another target crowds
// (WCAG 2.5.8: a smaller target is fine when a 24 px circle on its centre meets no other target; links in running text
// are excepted).
(() => {
  const width = __WIDTH__;
  const viewport = [...document.querySelectorAll('meta[name]')]
    .some(m => m.name.toLowerCase() === 'viewport' && /width/i.test(m.content));
  const overflow = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0) - width;
  const inText = e => {
    if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline' || !e.parentElement) return false;
    return [...e.parentElement.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 2);
  };
  const found = document.querySelectorAll('a[href],button,input:not([type=hidden]),select,textarea,summary,[role=button]');
  const boxes = [];
  for (let i = 0; i < Math.min(found.length, 3000); i++) {
    const e = found[i];
    if (e.checkVisibility && !e.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ e, r, x: r.left + r.width / 2, y: r.top + r.height / 2 });
  }
  const distance = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const small = [];
  for (const b of boxes) {
    if ((b.r.width >= 24 && b.r.height >= 24) || inText(b.e)) continue;
    const crowded = boxes.some(o => o !== b && !o.e.contains(b.e) && !b.e.contains(o.e)
      && (distance(b.x, b.y, o.r) < 12 || ((o.r.width < 24 || o.r.height < 24) && Math.hypot(o.x - b.x, o.y - b.y) < 24)));
    if (crowded && small.length < 500) {
      const name = (b.e.innerText || b.e.getAttribute('aria-label') || b.e.getAttribute('title') || b.e.getAttribute('alt') || b.e.tagName)
        .trim().replace(/\s+/g, ' ').slice(0, 60);
      small.push([name, Math.round(b.r.width), Math.round(b.r.height)]);
    }
  }
  return JSON.stringify({ viewport, overflow: Math.max(0, Math.round(overflow)), targets: boxes.length, small });
})()
