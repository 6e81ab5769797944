var assert = require('assert');
var os = require('os');

console.log(Object.keys(os).sort().join(' '));
assert.strictEqual(os.homedir, undefined);
