// NODE_PATH (from the environment captured at -init) is searched after
// node_modules. Re-initialise the search paths from a changed env.
var assert = require('assert');
var path = require('path');
var Module = require('module');
assert.throws(function () { require('np-mod'); }, /Cannot find module 'np-mod'/);
var old = process.env.NODE_PATH;
process.env.NODE_PATH = path.join(__dirname, 'fixtures', 'nodepath', 'lib') + ':/nonexistent';
Module._initPaths();
assert.strictEqual(require('np-mod'), 'from NODE_PATH');
assert.strictEqual(Module.globalPaths[0], path.join(__dirname, 'fixtures', 'nodepath', 'lib'));
console.log('NODE_PATH searched');
if (old === undefined) delete process.env.NODE_PATH; else process.env.NODE_PATH = old;
