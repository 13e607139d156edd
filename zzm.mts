import { findDocumentEntities } from './src/corpus/speakers/document-entities.js';
import { tagWords } from './src/corpus/speakers/tag-words.js';
const text = process.argv[2]!;
const e = findDocumentEntities(text, tagWords(text), []);
for (const m of e.mentions) console.log(m.start, m.kind, 'speaker' in m ? m.speaker : '', JSON.stringify(text.slice(m.start, m.end)));
console.log('bodies', e.bodies, 'persons', e.persons.map((p) => p.name));
