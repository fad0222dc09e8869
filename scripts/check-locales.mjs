// Every UI string extracted to locales/*.xlf has a translation (a <target>) in every language.
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
let total = 0;
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xml = readFileSync(`locales/${file}`, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    total++;
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      missing++;
      console.error(`locales/${file}: "${id}" has no translation`);
    }
  }
}
console.log(`locales: ${total - missing}/${total} strings translated`);
process.exit(missing ? 1 : 0);
