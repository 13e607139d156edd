import { speakersOf } from './tests/helpers/quotation-speakers.js';
console.log(speakersOf(...process.argv.slice(2)));
