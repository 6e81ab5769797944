var assert = require('assert');
var vm = require('vm');

console.log(['Script', 'createScript', 'createContext', 'isContext', 'runInThisContext', 'runInNewContext', 'runInContext'].map(function (k) { return typeof vm[k]; }).join(','));
