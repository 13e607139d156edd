import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { buildCorpus } from './src/corpus/build-corpus.js';
const rows = parse(readFileSync('/tmp/reuters/True.csv', 'utf8'), { columns: true }) as { title: string; text: string }[];
const [row, from, to] = process.argv.slice(2);
const r = rows[Number(row!.replace('row-', '')) - 1]!;
const text = `${r.title}\n\n${r.text}`;
const corpus = buildCorpus([{ id: 'a.txt', text }]);
for (const q of corpus.documents[0]!.quotations) if (q.start >= Number(from ?? 0) - 5 && q.start <= Number(to ?? 1e9)) console.log(q.start, JSON.stringify(q.speaker), q.text.slice(0, 50));
