// v0.12 joins entries on one line unless their total length passes 60
// characters; then one entry per line, nested values indented.
var assert = require('assert');
var util = require('util');
function rep(c, n) { return new Array(n + 1).join(c); }
var x30 = rep('x', 30), y30 = rep('y', 30);
assert.strictEqual(util.inspect([rep('a', 25), rep('b', 25)]),
  "[ '" + rep('a', 25) + "', '" + rep('b', 25) + "' ]");
console.log('short enough stays on one line');
assert.strictEqual(util.inspect([x30, y30]), "[ '" + x30 + "',\n  '" + y30 + "' ]");
console.log('long array breaks lines');
assert.strictEqual(util.inspect({ a: 1, b: { c: x30, d: y30 } }),
  "{ a: 1,\n  b: \n   { c: '" + x30 + "',\n     d: '" + y30 + "' } }");
console.log('nested object value goes on its own lines');
assert.strictEqual(util.inspect([[x30, y30]]), "[ [ '" + x30 + "',\n    '" + y30 + "' ] ]");
console.log('nested array indents by two');
var f = function named() {};
f.p = x30; f.q = y30;
assert.strictEqual(util.inspect(f), "{ [Function: named]\n  p: '" + x30 + "',\n  q: '" + y30 + "' }");
console.log('base goes on the first line when breaking');
