import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('pageerror', e => console.log('PAGEERROR', e.message));
const sco = () => page.frameLocator('iframe.sco-frame');
await page.goto('http://127.0.0.1:4181/?package=fake-course-scorm2004'); await page.waitForTimeout(800);
for (let i = 0; i < 2; i++) { await sco().getByRole('button', { name: 'Complete' }).click(); await sco().getByRole('button', { name: 'Continue' }).click(); await page.waitForTimeout(800); }
const state = await page.evaluate(() => localStorage.getItem('imh-preview:fake-course-scorm2004'));
const seq = JSON.parse(JSON.parse(state!).sequencing);
console.log(JSON.stringify({ cur: seq.sequencing.currentActivity, susp: seq.sequencing.suspendedActivity, delivered: seq.contentDelivered }));
await page.getByRole('button', { name: 'Launch', exact: true }).click(); await page.waitForTimeout(1000);
console.log(await page.getByRole('region', { name: 'LMS events' }).innerText().catch(() => 'x'));
console.log(await page.locator('section.notices').innerText());
await browser.close();
