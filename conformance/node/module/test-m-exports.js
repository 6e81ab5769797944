// module.exports vs exports, and the module wrapper's arguments.
var assert = require('assert');
var path = require('path');
var r = require('./fixtures/exports-replace');
assert.deepEqual(r, { replaced: true });
console.log('module.exports replacement wins');
var w = require('./fixtures/wrapper-args');
assert.strictEqual(w.thisIsExports, true);
assert.strictEqual(w.args, 5);
assert.strictEqual(w.filename, path.join(__dirname, 'fixtures', 'wrapper-args.js'));
assert.strictEqual(w.dirname, path.join(__dirname, 'fixtures'));
assert.strictEqual(w.requireType, 'function');
assert.strictEqual(w.moduleId, w.filename);
assert.strictEqual(w.loadedDuring, false);
console.log('wrapper passes exports, require, module, __filename, __dirname');
assert.strictEqual(this, exports);
assert.strictEqual(exports, module.exports);
console.log('top-level this is exports');
