(() => {
  const store = window['__STORE__'] || { lcp: -1, tasks: [] };
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const fcp = paint ? paint.startTime : -1;
  const blocking = store.tasks.filter(t => fcp >= 0 && t[0] >= fcp).reduce((sum, t) => sum + Math.max(0, t[1] - 50), 0);
  return JSON.stringify({ fcp: Math.round(fcp), lcp: Math.round(store.lcp), load: nav ? Math.round(nav.loadEventEnd) : -1,
    blocking: Math.round(blocking) });
})()
