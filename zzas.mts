import { readFileSync } from 'node:fs';
import { buildCorpus } from './src/corpus/build-corpus.js';
const [id, from, to] = process.argv.slice(2);
const j = JSON.parse(readFileSync(`/tmp/allsides/${id}.json`, 'utf8'));
const text = j.content_original.startsWith(j.title) ? j.content_original : `${j.title}\n\n${j.content_original}`;
const corpus = buildCorpus([{ id: 'a.txt', text }]);
for (const q of corpus.documents[0]!.quotations) if (q.start >= Number(from ?? 0) - 5 && q.start <= Number(to ?? 1e9)) console.log(q.start, JSON.stringify(q.speaker), q.text.slice(0, 50));
