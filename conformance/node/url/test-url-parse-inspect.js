var assert = require('assert');
var url = require('url');

console.log(url.parse('https://example.com/a?b=c'));
