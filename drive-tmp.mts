import { chromium, type Page } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://127.0.0.1:4181/';
const hooks = (page: Page) => page.evaluate(() => ({ sco: window.previewLms?.scoId, err: window.previewLms?.lastError, cmi: window.previewLms?.cmi(), calls: window.previewLms?.calls.filter(c => !/GetLastError|ErrorString|Diagnostic/.test(c.method)).map(c => `${c.method}(${c.args.join(',')})=${c.result}/${c.errorCode}`) }));
const sco = (page: Page) => page.frameLocator('iframe.sco-frame');
async function fresh() { const ctx = await browser.newContext(); const p = await ctx.newPage(); p.on('pageerror', e => console.log('PAGEERROR', e.message)); p.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console', m.type(), m.text().slice(0,150)); }); return p; }
async function relaunch(page: Page) { await page.getByRole('button', { name: 'Close', exact: true }).click(); await page.locator('iframe.sco-frame').waitFor({ state: 'detached' }); await page.getByRole('button', { name: 'Launch', exact: true }).click(); await page.locator('iframe.sco-frame').waitFor(); await page.waitForTimeout(500); }
const scenario = process.argv[2];
if (scenario === '12') {
  const page = await fresh();
  await page.goto(base + '?package=fake-sco-scorm12'); await page.waitForTimeout(800);
  await sco(page).getByRole('button', { name: 'Complete' }).click();
  await sco(page).getByRole('button', { name: 'Suspend' }).click();
  await relaunch(page);
  console.log('entry after suspend:', await sco(page).locator('#entry').textContent(), await sco(page).locator('#location').textContent());
  const h = await hooks(page); console.log(JSON.stringify(h.cmi?.core), h.calls?.join(' | '));
  await sco(page).getByRole('button', { name: 'Finish' }).click();
  await relaunch(page);
  console.log('entry after normal finish:', await sco(page).locator('#entry').textContent());
  console.log(JSON.stringify((await hooks(page)).cmi));
  await page.screenshot({ path: '/tmp/pw/fake12.png', fullPage: true });
}
if (scenario === 'faults') {
  for (const q of ['fault=setvalue-false&faultCount=2', 'fault=commit-false', 'fault=throw&faultCount=1', 'fault=vanish&restoreAfter=500', 'fault=vanish', 'fault=no-api']) {
    const page = await fresh();
    await page.goto(base + '?package=fake-sco-scorm12&' + q); await page.waitForTimeout(800);
    await sco(page).getByRole('button', { name: 'Complete' }).click();
    await sco(page).getByRole('button', { name: 'Commit' }).click();
    await sco(page).getByRole('button', { name: 'Suspend' }).click();
    await page.waitForTimeout(700);
    await sco(page).getByRole('button', { name: 'Commit' }).click();
    const h = await hooks(page);
    console.log('\n==', q, 'version in SCO:', await sco(page).locator('#version').textContent(), 'err', h.err, '\n', h.calls?.join(' | '));
    console.log('SCO log:', (await sco(page).locator('#log').innerText()).replace(/\n/g, ' | '));
    await page.context().close();
  }
}
if (scenario === 'rollup') {
  const page = await fresh();
  await page.goto(base + '?package=fake-course-scorm2004'); await page.waitForTimeout(800);
  for (let i = 0; i < 2; i++) { await sco(page).getByRole('button', { name: 'Complete' }).click(); await sco(page).getByRole('button', { name: 'Continue' }).click(); await page.waitForTimeout(800); }
  console.log('panel:', (await page.getByRole('complementary').innerText()).split('\n').slice(0, 10).join(' | '));
  console.log('toc', (await page.getByRole('navigation', { name: 'Contents' }).innerText()).replace(/\n/g, ' | '));
  await page.getByRole('button', { name: 'Launch', exact: true }).click(); await page.waitForTimeout(800);
  console.log('relaunch after end: sco', (await hooks(page)).sco, await sco(page).locator('#entry').textContent());
  console.log('panel:', (await page.getByRole('complementary').innerText()).split('\n').slice(0, 10).join(' | '));
  await page.screenshot({ path: '/tmp/pw/rollup.png', fullPage: true });
}
if (scenario === '2004') {
  const page = await fresh();
  await page.goto(base + '?package=fake-course-scorm2004'); await page.waitForTimeout(800);
  console.log('sco', (await hooks(page)).sco, 'entry', await sco(page).locator('#entry').textContent());
  await sco(page).getByRole('button', { name: 'Complete' }).click();
  await sco(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForTimeout(800);
  let h = await hooks(page);
  console.log('after continue sco', h.sco, 'scaled_passing', h.cmi?.scaled_passing_score, 'objectives', JSON.stringify(h.cmi?.objectives));
  console.log('toc', await page.getByRole('navigation', { name: 'Contents' }).innerText());
  // LMS Previous button
  await page.getByRole('button', { name: 'Previous' }).click(); await page.waitForTimeout(800);
  h = await hooks(page); console.log('after Previous sco', h.sco, 'entry', await sco(page).locator('#entry').textContent());
  await page.getByRole('button', { name: 'Continue', exact: true }).click(); await page.waitForTimeout(800);
  h = await hooks(page); console.log('after LMS Continue sco', h.sco);
  await sco(page).getByRole('button', { name: 'Complete' }).click();
  await sco(page).getByRole('button', { name: 'Suspend' }).click();
  await relaunch(page);
  h = await hooks(page); console.log('after relaunch sco', h.sco, 'entry', await sco(page).locator('#entry').textContent(), 'loc', await sco(page).locator('#location').textContent());
  await sco(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForTimeout(800);
  console.log('panel package:', (await page.getByRole('complementary').innerText()).split('\n').slice(0, 10).join(' | '));
  console.log('calls', (await hooks(page)).calls?.slice(-12).join(' | '));
  await page.screenshot({ path: '/tmp/pw/fake2004.png', fullPage: true });
}
await browser.close();
