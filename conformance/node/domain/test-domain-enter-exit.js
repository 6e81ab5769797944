var assert = require('assert');
var domain = require('domain');

var d = domain.create();
d.enter();
assert.strictEqual(process.domain, d);
assert.strictEqual(domain.active, d);
d.exit();
assert.strictEqual(process.domain, null);
d.exit();
assert.strictEqual(process.domain, null);
console.log('enter/exit ok');
