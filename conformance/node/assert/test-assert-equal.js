var assert = require('assert');

assert.equal(1, '1'); assert.equal(null, undefined); assert.equal(0, false);
assert.notEqual(1, 2); assert.notEqual('a', 'b');
try { assert.equal(1, 2); } catch (e) { assert.strictEqual(e.message, '1 == 2'); }
try { assert.notEqual(1, '1'); } catch (e) { assert.strictEqual(e.message, '1 != "1"'); }
try { assert.equal('a', 'b'); } catch (e) { console.log(e.message); }
console.log('equal done');
