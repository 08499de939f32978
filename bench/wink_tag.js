// wink-nlp on the same files as `claimgraph build`: tokenize, sentence-split, POS-tag and find
// entities, one file at a time (nothing kept between files). Prints tokens and entities counted.
// Usage: node wink_tag.js FILELIST   (one path a line)
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let tokens = 0, entities = 0, bytes = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp.readDoc(text);
  tokens += doc.tokens().out(its.pos).length;
  entities += doc.entities().out().length;
}
console.log(`wink: ${files.length} files, ${bytes} bytes, ${tokens} tokens, ${entities} entities`);
