import { findDocumentEntities } from './src/corpus/speakers/document-entities.js';
import { tagWords } from './src/corpus/speakers/tag-words.js';
const text = process.argv[2]!;
const e = findDocumentEntities(text, tagWords(text), []);
for (const p of e.persons) console.log(p.name, p.given, [...p.titles]);
