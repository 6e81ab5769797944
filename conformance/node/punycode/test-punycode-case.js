var assert = require('assert');
var punycode = require('punycode');

assert.strictEqual(punycode.decode('MAANA-PTA'), 'MAANA-PTA'.slice(0,0) + punycode.decode('MAANA-PTA'));
console.log(punycode.decode('Maana-pta'));
