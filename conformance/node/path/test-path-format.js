var assert = require('assert');
var path = require('path');
assert.strictEqual(path.format({ root: '/', dir: '/home/user/dir', base: 'file.txt',
  ext: '.txt', name: 'file' }), '/home/user/dir/file.txt');
assert.strictEqual(path.format({ dir: 'x', base: 'y' }), 'x/y');
assert.strictEqual(path.format({ base: 'y' }), 'y');
assert.strictEqual(path.format({}), '');
assert.strictEqual(path.format({ dir: 'only' }), 'only/');
console.log('posix format joins dir and base');
// v0.12 format uses only dir and base.
assert.strictEqual(path.format({ root: '/', base: 'f' }), 'f');
assert.strictEqual(path.format({ name: 'n', ext: '.e' }), '');
console.log('posix format ignores root, name and ext');
['/a/b/c.d', 'rel/x', 'y.z', '/top/x'].forEach(function (p) {
  assert.strictEqual(path.format(path.parse(p)), p, 'round trip ' + p);
});
console.log('posix parse/format round trip');
// v0.12 posix.format always adds a separator after dir, even after the root.
assert.strictEqual(path.format(path.parse('/top')), '//top');
assert.strictEqual(path.format({ root: '/', dir: '/', base: 'a' }), '//a');
console.log('posix format doubles the root separator');
