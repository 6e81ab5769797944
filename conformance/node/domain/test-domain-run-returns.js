var assert = require('assert');
var domain = require('domain');

var d = domain.create();
assert.strictEqual(d.run(function () { return 42; }), 42);
console.log('run value ok');
