var assert = require('assert');
var domain = require('domain');

var d = domain.create();
assert.ok(d instanceof domain.Domain);
assert.ok(d instanceof require('events').EventEmitter);
assert.deepEqual(d.members, []);
assert.strictEqual(domain.createDomain, domain.create);
assert.strictEqual(process.domain, null);
assert.strictEqual(domain.active, null);
console.log('create ok');
