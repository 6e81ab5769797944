var assert = require('assert');

var e;
try { assert.equal(1, 2); } catch (x) { e = x; }
assert.ok(e instanceof assert.AssertionError);
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.actual, 1); assert.strictEqual(e.expected, 2); assert.strictEqual(e.operator, '==');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(String(e), 'AssertionError: 1 == 2');
var made = new assert.AssertionError({ actual: 'a', expected: 'b', operator: '!==' });
assert.strictEqual(made.message, '"a" !== "b"');
var m2 = new assert.AssertionError({ message: 'mine', actual: 1, expected: 2, operator: '<' });
assert.strictEqual(m2.message, 'mine'); assert.strictEqual(m2.generatedMessage, false);
assert.strictEqual(typeof e.stack, 'string');
console.log('AssertionError ok');
