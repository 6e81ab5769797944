var assert = require('assert');
var path = require('path');
var cases = [
  [['/foo/bar/baz/asdf/quux.html'], 'quux.html'],
  [['/foo/bar/baz/asdf/quux.html', '.html'], 'quux'],
  [['/a/b/'], 'b'],
  [['/a/b//'], 'b'],
  [['/'], ''],
  [[''], ''],
  [['file.js', 'js'], 'file.'],
  [['file.js', 'file.js'], ''],
  [['file.js', '.ts'], 'file.js'],
  [['dir/.bashrc'], '.bashrc'],
  [['a\\b'], 'a\\b'],
  [['aaa', 'a'], 'aa'],
  [['x.JS', '.js'], 'x.JS'],
  [['/dir/f.txt/', '.txt'], 'f']
];
cases.forEach(function (c) {
  assert.strictEqual(path.basename.apply(path, c[0]), c[1], 'basename ' + JSON.stringify(c[0]));
});
console.log('basename cases: ' + cases.length);
