// Popup: time from navigation start to the first verdict (the popup marks `pg:first-verdict`), and
// the files it loaded before then (their gzip size is what the user waits for).
export async function measurePopup(context, extensionId) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const result = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the popup never marked pg:first-verdict')), 10000);
        const check = () => {
          const mark = performance.getEntriesByName('pg:first-verdict')[0];
          if (!mark) return requestAnimationFrame(check);
          clearTimeout(timer);
          const files = performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= mark.startTime)
            .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
          resolve({ verdictMs: mark.startTime, files });
        };
        check();
      }),
  );
  await page.close();
  return result;
}
