// Marks what the browser did not draw, and the boxes of links, images and landmarks, then gives the markup back.
(() => {
  const boxed = 'a,img,svg,picture,area,button,input,select,textarea,summary,nav,main,header,footer,aside,iframe,'
    + '[role=navigation],[role=main],[role=banner],[role=contentinfo]';
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  const limit = Math.min(all.length, 100000);
  for (let i = 0; i < limit; i++) {
    const e = all[i];
    const drawn = e.checkVisibility
      ? e.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
      : e.getClientRects().length > 0;
    const r = e.getBoundingClientRect();
    if (!drawn || r.right + scrollX < 0 || r.bottom + scrollY < 0) {
      e.setAttribute('__HIDDEN__', '');
    } else if (e.matches(boxed)) {
      e.setAttribute('__BOX__', [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round).join(','));
    }
  }
  return document.documentElement.outerHTML;
})()
