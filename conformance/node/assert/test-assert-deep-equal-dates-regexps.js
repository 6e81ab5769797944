var assert = require('assert');

assert.deepEqual(new Date(2000, 1, 1), new Date(2000, 1, 1));
assert.notDeepEqual(new Date(2000, 1, 1), new Date(2000, 1, 2));
assert.deepEqual(/a/g, /a/g);
assert.notDeepEqual(/a/g, /a/i);
assert.notDeepEqual(/a/, /b/);
assert.notDeepEqual(/a/m, /a/);
var r1 = /x/g, r2 = /x/g; r1.lastIndex = 3;
assert.notDeepEqual(r1, r2);
assert.notDeepEqual(new Date(0), 0);
console.log('dates and regexps ok');
