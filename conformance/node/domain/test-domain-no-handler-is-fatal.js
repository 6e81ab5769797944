var assert = require('assert');
var domain = require('domain');

var d = domain.create();
process.on('uncaughtException', function (e) { console.log('uncaught:', e.message, e.domain === d); });
d.run(function () { setTimeout(function () { throw new Error('unhandled in domain'); }, 1); });
