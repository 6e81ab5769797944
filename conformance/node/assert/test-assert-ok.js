var assert = require('assert');

assert.ok(true); assert.ok(1); assert.ok('x'); assert.ok({});
assert(true, 'callable');
assert.strictEqual(typeof assert, 'function');
var threw = false;
try { assert.ok(false); } catch (e) { threw = true; assert.strictEqual(e.message, 'false == true'); }
assert.ok(threw);
try { assert(0); } catch (e) { assert.strictEqual(e.message, '0 == true'); assert.strictEqual(e.operator, '=='); assert.strictEqual(e.expected, true); assert.strictEqual(e.actual, 0); }
try { assert.ok('', 'custom msg'); } catch (e) { assert.strictEqual(e.message, 'custom msg'); assert.strictEqual(e.generatedMessage, false); }
console.log('assert.ok ok');
