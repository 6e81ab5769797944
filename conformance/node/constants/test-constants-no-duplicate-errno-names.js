var assert = require('assert');
var constants = require('constants');

var e = Object.keys(constants).filter(function (k) { return /^E[A-Z0-9]+$/.test(k); });
assert.ok(e.length >= 70);
console.log('errno count ok');
