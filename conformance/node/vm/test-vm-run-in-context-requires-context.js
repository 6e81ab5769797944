var assert = require('assert');
var vm = require('vm');

try { vm.runInContext('1', {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new vm.Script('1').runInContext({}); } catch (e) { console.log('script', e.name); }
