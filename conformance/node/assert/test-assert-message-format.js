var assert = require('assert');

function msg(f) { try { f(); } catch (e) { return e.message; } return 'no throw'; }
console.log(msg(function () { assert.equal(undefined, null + 1); }));
console.log(msg(function () { assert.strictEqual(NaN, Infinity); }));
console.log(msg(function () { assert.strictEqual(-Infinity, 0); }));
console.log(msg(function () { assert.strictEqual(/ab+c/g, 'x'); }));
console.log(msg(function () { assert.strictEqual({ a: [1, 'two'] }, null); }));
console.log(msg(function () { assert.strictEqual(function foo() { return 1; }, 2); }).indexOf('function foo()') === 0);
