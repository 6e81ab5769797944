var assert = require('assert');
var os = require('os');

assert.ok(/^\d+\.\d+/.test(os.release()));
console.log('release ok');
