var assert = require('assert');
var path = require('path');
var cases = [
  ['index.html', '.html'],
  ['index.coffee.md', '.md'],
  ['index.', '.'],
  ['index', ''],
  ['.index', ''],
  ['.index.md', '.md'],
  ['..', ''],
  ['.', ''],
  ['...', '.'],
  ['..file', '.file'],
  ['a/b.c/d', ''],
  ['file.txt/', '.txt'],
  ['/.x', ''],
  ['file.tar.gz', '.gz'],
  ['', '']
];
cases.forEach(function (c) {
  assert.strictEqual(path.extname(c[0]), c[1], 'extname(' + JSON.stringify(c[0]) + ')');
});
console.log('extname cases: ' + cases.length);
// v0.12 coerces instead of throwing here.
assert.strictEqual(path.extname(undefined), '');
assert.strictEqual(path.basename(null), 'null');
console.log('extname and basename coerce non-strings');
