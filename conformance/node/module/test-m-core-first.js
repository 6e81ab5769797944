// Core modules win over files and node_modules of the same name.
var assert = require('assert');
var events = require('events');
assert.strictEqual(typeof events.EventEmitter, 'function');
assert.strictEqual(require.resolve('events'), 'events');
assert.strictEqual(require.resolve('util'), 'util');
assert.strictEqual(require('util'), require('util'));
console.log('core modules resolve by name');
assert.strictEqual(require('module'), module.constructor);
assert.strictEqual(require('module').Module, module.constructor);
console.log('module module is the Module constructor');
assert.throws(function () { require('internal/errors'); }, /Cannot find module 'internal\/errors'/);
console.log('internal modules are not requireable');
