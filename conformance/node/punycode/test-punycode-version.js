var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(typeof punycode.version, 'string');
console.log(punycode.version, Object.keys(punycode).sort().join(','));
