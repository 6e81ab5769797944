var assert = require('assert');
var FreeList = require('freelist').FreeList;

var made = 0;
var fl = new FreeList('things', 2, function () { made++; return { id: made }; });
assert.strictEqual(fl.name, 'things'); assert.strictEqual(fl.max, 2); assert.deepEqual(fl.list, []);
var a = fl.alloc(), b = fl.alloc(), c = fl.alloc();
assert.strictEqual(made, 3);
fl.free(a); fl.free(b); fl.free(c);
assert.strictEqual(fl.list.length, 2);
assert.strictEqual(fl.alloc(), a);
assert.strictEqual(fl.alloc(), b);
assert.strictEqual(fl.alloc().id, 4);
console.log('freelist ok');
