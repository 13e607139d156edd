// Pooled development scoring with error listing: npx tsx zzall.mts bbc|reuters
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { scoreLines } from './bench/attribution-score.js';
import { scoreLabelledArticles } from './bench/labelled-articles.js';
const which = process.argv[2];
type Entry = { article: string; split: string; quotations: { start: number; speaker: string | null }[] };
if (which === 'bbc') {
  const labels = JSON.parse(await readFile('tests/fixtures/attribution-bbc/labels.json', 'utf8')) as { articles: Entry[] };
  const chosen = labels.articles.filter((e) => /^dev\d*$/.test(e.split));
  const articles = await Promise.all(chosen.map(async (e) => ({ ...e, text: await readFile(`/tmp/bbc/news/${e.article}`, 'utf8') })));
  const score = scoreLabelledArticles(articles, true);
  console.log(`BBC all dev: ${chosen.length} articles`);
  for (const l of scoreLines(score)) console.log(l);
} else {
  const max = Number(process.argv[3] ?? 28);
  const labels = JSON.parse(await readFile('tests/fixtures/attribution-reuters/labels.json', 'utf8')) as { articles: Entry[] };
  const rows = parse(await readFile('/tmp/reuters/True.csv', 'utf8'), { columns: true }) as { title: string; text: string }[];
  const ok = (s: string) => { const m = /^dev(\d*)$/.exec(s); return m !== null && Number(m[1] || 1) <= max; };
  const chosen = labels.articles.filter((e) => ok(e.split));
  const articles = chosen.map((e) => { const r = rows[Number(e.article.slice(4)) - 1]!; return { ...e, text: `${r.title}\n\n${r.text}` }; });
  const score = scoreLabelledArticles(articles, true);
  console.log(`Reuters dev..dev${max}: ${chosen.length} articles`);
  for (const l of scoreLines(score)) console.log(l);
}
