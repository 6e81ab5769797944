var assert = require('assert');
var vm = require('vm');

var o = {};
assert.strictEqual(vm.createContext(o), o);
assert.strictEqual(vm.isContext(o), true);
assert.strictEqual(vm.isContext({}), false);
var c = vm.createContext();
assert.strictEqual(vm.isContext(c), true);
try { vm.createContext(5); } catch (e) { console.log(e.name, e.message); }
try { vm.isContext('x'); } catch (e) { console.log(e.name, e.message); }
