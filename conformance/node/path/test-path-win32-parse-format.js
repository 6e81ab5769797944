var assert = require('assert');
var w = require('path').win32;
function check(p, root, dir, base, ext, name) {
  assert.deepEqual(w.parse(p), { root: root, dir: dir, base: base, ext: ext, name: name },
    'win32.parse(' + JSON.stringify(p) + ')');
}
check('C:\\path\\dir\\index.html', 'C:\\', 'C:\\path\\dir', 'index.html', '.html', 'index');
check('\\\\server\\share\\file.txt', '\\\\server\\share\\', '\\\\server\\share\\', 'file.txt', '.txt', 'file');
check('C:foo.txt', 'C:', 'C:', 'foo.txt', '.txt', 'foo');
check('', '', '', '', '', '');
check('x', '', '', 'x', '', 'x');
check('/a/b', '/', '/a', 'b', '', 'b');
check('C:\\', 'C:\\', 'C:\\', '', '', '');
console.log('win32 parse');
assert.strictEqual(w.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'index.html',
  ext: '.html', name: 'index' }), 'C:\\path\\dir\\index.html');
assert.strictEqual(w.format({ dir: 'C:\\', base: 'x' }), 'C:\\x');
assert.strictEqual(w.format({ base: 'x' }), 'x');
assert.strictEqual(w.format({}), '');
assert.strictEqual(w.format({ dir: 'd' }), 'd\\');
console.log('win32 format');
['C:\\a\\b.c', 'rel\\x', 'D:\\top', 'y.z'].forEach(function (p) {
  assert.strictEqual(w.format(w.parse(p)), p, 'round trip ' + p);
});
console.log('win32 parse/format round trip');
