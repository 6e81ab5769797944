var assert = require('assert');
var path = require('path');
var cwd = process.cwd();
assert.strictEqual(path.resolve('/foo/bar', './baz'), '/foo/bar/baz');
assert.strictEqual(path.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
assert.strictEqual(path.resolve('/a', '', 'b'), '/a/b');
assert.strictEqual(path.resolve('/'), '/');
assert.strictEqual(path.resolve('/a/b', '../../..'), '/');
assert.strictEqual(path.resolve('/x//y/', 'z/.'), '/x/y/z');
console.log('resolve absolute');
assert.strictEqual(path.resolve(), cwd);
assert.strictEqual(path.resolve(''), cwd);
assert.strictEqual(path.resolve('.'), cwd);
assert.strictEqual(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'),
  cwd + '/wwwroot/static_files/gif/image.gif');
assert.strictEqual(path.resolve('q'), path.join(cwd, 'q'));
console.log('resolve uses process.cwd()');
[[{}], ['/x', null], [5], [undefined]].forEach(function (args) {
  assert.throws(function () { path.resolve.apply(path, args); }, function (e) {
    return e instanceof TypeError && e.message === 'Arguments to path.resolve must be strings';
  });
});
console.log('resolve throws TypeError for non-strings');
