var assert = require('assert');
var qs = require('querystring');

var s = []; for (var i = 0; i < 1500; i++) s.push('k' + i + '=' + i);
s = s.join('&');
assert.strictEqual(Object.keys(qs.parse(s)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(s, null, null, { maxKeys: 10 })).length, 10);
assert.strictEqual(Object.keys(qs.parse(s, null, null, { maxKeys: 0 })).length, 1500);
console.log('maxKeys ok');
