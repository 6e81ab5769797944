var assert = require('assert');

assert.ifError(null); assert.ifError(undefined); assert.ifError(0); assert.ifError('');
var e = new Error('E');
try { assert.ifError(e); } catch (x) { assert.strictEqual(x, e); }
try { assert.ifError('oops'); } catch (x) { assert.strictEqual(x, 'oops'); }
console.log('ifError ok');
