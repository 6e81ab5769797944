var assert = require('assert');
var os = require('os');

var h1 = os.hostname(), h2 = os.hostname();
assert.strictEqual(h1, h2);
setTimeout(function () { assert.strictEqual(os.type(), 'Linux'); console.log('later ok'); }, 5);
console.log('first ok');
