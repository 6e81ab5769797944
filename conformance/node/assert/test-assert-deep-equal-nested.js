var assert = require('assert');

var a = { list: [{ k: 'v', n: [1, { deep: true }] }], s: 'x' };
var b = { s: 'x', list: [{ n: [1, { deep: true }], k: 'v' }] };
assert.deepEqual(a, b);
b.list[0].n[1].deep = false;
assert.notDeepEqual(a, b);
assert.deepEqual(null, null); assert.deepEqual(undefined, undefined);
assert.notDeepEqual(null, {});
assert.deepEqual(null, undefined);
console.log('nested ok');
