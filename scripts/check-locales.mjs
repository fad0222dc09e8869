// Every UI string extracted to locales/*.xlf has a translation (a <target>) in every language,
// and every French source string follows French typography (docs/writing-guide.md): a narrow
// no-break space (U+202F) before ? ! ;, a no-break space (U+00A0) before : and inside « ».
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
let total = 0;
const typography = new Map();
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    total++;
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      missing++;
      console.error(`locales/${file}: "${id}" has no translation`);
    }
    const source = (body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '').replace(/<x [^>]*\/>/g, 'X');
    const faults = [
      /[^\u202f][?!;]/.test(source) && 'U+202F before ? ! ;',
      /[^\u00a0]:/.test(source) && 'U+00A0 before :',
      /«[^\u00a0]|[^\u00a0]»/.test(source) && 'U+00A0 inside « »',
    ].filter(Boolean);
    if (faults.length) typography.set(id, `${JSON.stringify(source)}: expected ${faults.join(', ')}`);
  }
}
for (const [id, message] of typography) console.error(`French UI string "${id}" ${message}`);
console.log(`locales: ${total - missing}/${total} strings translated; ${typography.size} French typography faults`);
process.exit(missing || typography.size ? 1 : 0);
