// Added to every document before its own scripts: keeps the largest-content paint and the long tasks for the audit.
(() => {
  const store = { lcp: -1, tasks: [] };
  Object.defineProperty(window, '__STORE__', { value: store, enumerable: false });
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) store.lcp = Math.max(store.lcp, e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) { /* not supported: left at -1 */ }
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) if (store.tasks.length < 2000) store.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* not supported */ }
})();
