var assert = require('assert');
var path = require('path');
var cases = [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb', '../../impl/bbb'],
  ['/a', '/a', ''],
  ['/a/b', '/a', '..'],
  ['/a', '/a/b/c', 'b/c'],
  ['/', '/x/y', 'x/y'],
  ['/x/y', '/', '../..'],
  ['/foo/bar', '/foo/barbaz', '../barbaz'],
  ['/a/b/', '/a/b/c/', 'c'],
  ['', '', '']
];
cases.forEach(function (c) {
  assert.strictEqual(path.relative(c[0], c[1]), c[2], 'relative ' + c[0] + ' -> ' + c[1]);
});
console.log('relative cases: ' + cases.length);
assert.strictEqual(path.relative('a', 'b'), '../b');
assert.strictEqual(path.relative(process.cwd(), '/'),
  process.cwd().split('/').slice(1).map(function () { return '..'; }).join('/'));
console.log('relative resolves against cwd');
assert.throws(function () { path.relative({}, '/a'); }, TypeError);
assert.throws(function () { path.relative('/a', 7); }, TypeError);
console.log('relative rejects non-strings');
