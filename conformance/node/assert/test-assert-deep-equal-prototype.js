var assert = require('assert');

function A() { this.x = 1; }
function B() { this.x = 1; }
assert.deepEqual(new A(), new B());
assert.deepEqual(new A(), { x: 1 });
var o1 = Object.create({ inherited: 1 }); o1.own = 2;
assert.deepEqual(o1, { own: 2 });
var f1 = function () {}, f2 = function () {};
assert.notDeepEqual(f1, f2);
assert.deepEqual(f1, f1);
var p1 = { prototype: 1 }, p2 = { prototype: 2 };
assert.notDeepEqual(p1, p2);
console.log('prototypes ignored');
