import { speakersOf } from './tests/helpers/quotation-speakers.js';
const paras = process.argv.slice(2).join(' ').split(' || ');
for (const [w, s] of speakersOf(...paras)) console.log(JSON.stringify(w), '->', s);
