var assert = require('assert');
var punycode = require('punycode');

function err(f) { try { f(); return 'none'; } catch (e) { return e.name + ': ' + e.message; } }
console.log(err(function () { punycode.decode('\x81-'); }));
console.log(err(function () { punycode.decode('zzzzzzzzzzzzz'); }));
console.log(err(function () { punycode.decode('a-b-\u00e9'); }));
