var assert = require('assert');
assert.strictEqual(process.stdout.write('written directly\n'), true);
process.stdout.write('with callback\n', function () { console.log('write callback ran'); });
assert.throws(function () { process.stdout.end(); }, /cannot be closed/);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout.fd, 1);
console.log('stdout/stderr ok');
