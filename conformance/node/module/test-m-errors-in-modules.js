// A module that throws is not cached: requiring it again runs it again.
var assert = require('assert');
assert.throws(function () { require('./fixtures/throws'); }, /load failure 1/);
assert.throws(function () { require('./fixtures/throws'); }, /load failure 2/);
console.log('throwing module not cached');
assert.throws(function () { require('./fixtures/syntax-error'); }, SyntaxError);
console.log('syntax error surfaces as SyntaxError');
assert.strictEqual(require('./fixtures/shebang'), 'shebang ok');
console.log('shebang line ignored');
