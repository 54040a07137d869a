// Finds text a reader cannot read whole on the page as laid out: text beyond the viewport's sides,
// text cut or hidden by a box that clips or scrolls its overflow, and text boxes drawn over one
// another. Text hidden on purpose (display:none, visibility:hidden, the visually-hidden pattern, a
// skip link parked off-screen) is left out. Returns a JSON list of problems, at most 25.
(() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window');
  }
  const styleOf = new Map();
  const style = el => { let s = styleOf.get(el); if (!s) { s = getComputedStyle(el); styleOf.set(el, s); } return s; };
  const hidden = el => {
    // closed <details>, content-visibility and the like: what the browser itself does not show
    if (el.checkVisibility && !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return true;
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = style(e);
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return true;
      if (s.clip !== 'auto' && s.position === 'absolute') return true;                       // visually hidden
      if (s.clipPath === 'inset(50%)' || s.clipPath === 'inset(100%)') return true;
      const b = e.getBoundingClientRect();
      if (s.overflow === 'hidden' && (b.width <= 1 || b.height <= 1)) return true;           // 1 px boxes
    }
    return false;
  };
  const name = el => {
    let n = el.tagName.toLowerCase();
    if (el.id) n += '#' + el.id;
    if (el.classList.length) n += '.' + [...el.classList].join('.');
    return n;
  };
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION'].includes(el.tagName) || hidden(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      if (r.right <= 0 || r.left >= width) continue;                                          // parked off-screen on purpose
      const where = name(el) + ' "' + text.slice(0, 40) + '"';
      if (r.left < -1 || r.right > width + 1) {
        problems.push('runs out of the window (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px of ' + width + '): ' + where);
      }
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const s = style(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.textOverflow === 'ellipsis') {
          const b = a.getBoundingClientRect();
          const cut = r.right > b.right + 1 || r.left < b.left - 1 || r.bottom > b.bottom + 1 || r.top < b.top - 1
              || a.scrollWidth > a.clientWidth + 1 && s.overflowX !== 'visible';
          if (cut) {
            problems.push('is cut by ' + name(a) + ' (overflow ' + s.overflowX + '/' + s.overflowY + '): ' + where);
          }
          break;
        }
      }
      boxes.push({el, r, where});
    }
  }
  // two text boxes of different elements drawn over one another (more than a sliver: 2 px across, a third of a line down)
  for (let i = 0; i < boxes.length && problems.length < 25; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el === b.el) continue;
      const across = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const down = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (across > 2 && down > Math.min(a.r.height, b.r.height) / 3) {
        problems.push('overlaps: ' + a.where + ' and ' + b.where);
        break;
      }
    }
  }
  return JSON.stringify([...new Set(problems)].slice(0, 25));
})()
