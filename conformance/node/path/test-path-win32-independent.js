// Each flavour behaves the same whatever the host: the module-level functions
// are POSIX ones, win32 always treats backslashes and drives specially.
var assert = require('assert');
var path = require('path');
var w = path.win32;
var p = 'C:\\Users\\me\\notes.txt';
assert.strictEqual(path.basename(p), p);
assert.strictEqual(w.basename(p), 'notes.txt');
console.log('basename differs by flavour');
assert.strictEqual(path.dirname(p), '.');
assert.strictEqual(w.dirname(p), 'C:\\Users\\me');
console.log('dirname differs by flavour');
assert.strictEqual(path.isAbsolute(p), false);
assert.strictEqual(w.isAbsolute(p), true);
console.log('isAbsolute differs by flavour');
assert.strictEqual(path.join('a', 'b'), 'a/b');
assert.strictEqual(w.join('a', 'b'), 'a\\b');
assert.strictEqual(path.posix.join('a', 'b'), 'a/b');
console.log('join uses the flavour separator');
var env = 'C:\\bin;D:\\tools';
assert.deepEqual(env.split(w.delimiter), ['C:\\bin', 'D:\\tools']);
assert.deepEqual('/usr/bin:/bin'.split(path.delimiter), ['/usr/bin', '/bin']);
console.log('delimiters split PATH lists');
