var assert = require('assert');

assert.deepEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
assert.deepEqual([1, 2, 3], [1, 2, 3]);
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual(4, '4');
assert.deepEqual([], {});
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepEqual([1, 2], [1, 2, 3]);
assert.notDeepEqual({ a: 1 }, { b: 1 });
assert.throws(function () { assert.deepEqual({ a: 1 }, { a: 1, b: 2 }); }, assert.AssertionError);
assert.throws(function () { assert.notDeepEqual([1], [1]); }, assert.AssertionError);
try { assert.deepEqual([1], [2]); } catch (e) { console.log(e.message); }
try { assert.notDeepEqual({x: 1}, {x: 1}); } catch (e) { console.log(e.message); }
