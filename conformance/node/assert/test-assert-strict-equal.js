var assert = require('assert');

assert.strictEqual(1, 1); assert.notStrictEqual(1, '1'); assert.notStrictEqual(NaN, NaN);
try { assert.strictEqual(1, '1'); } catch (e) { console.log(e.message); }
try { assert.notStrictEqual(2, 2); } catch (e) { console.log(e.message); }
try { assert.strictEqual(null, undefined); } catch (e) { console.log(e.message); }
console.log('strict done');
