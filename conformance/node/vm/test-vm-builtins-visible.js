var assert = require('assert');
var vm = require('vm');

var r = vm.runInNewContext('[typeof Object, typeof Array, JSON.stringify({a:[1]}), Math.max(1,3), parseInt("12"), typeof Date, isNaN(NaN), encodeURIComponent(" "), typeof undefined]');
console.log(r.join('|'));
