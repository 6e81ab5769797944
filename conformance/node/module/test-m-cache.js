// require.cache: a module runs once; deleting its entry runs it again.
var assert = require('assert');
var path = require('path');
var file = path.join(__dirname, 'fixtures', 'counter.js');
var first = require('./fixtures/counter');
var again = require('./fixtures/counter.js');
assert.strictEqual(first, again);
assert.strictEqual(first.count, 1);
assert.ok(require.cache[file]);
assert.strictEqual(require.cache[file].exports, first);
console.log('cached: ran once');
delete require.cache[file];
var fresh = require('./fixtures/counter');
assert.notStrictEqual(fresh, first);
assert.strictEqual(fresh.count, 2);
console.log('deleted cache entry: ran again, count', fresh.count);
assert.strictEqual(require.cache, module.constructor._cache);
console.log('require.cache is Module._cache');
