var assert = require('assert');
var url = require('url');

[undefined, null, 5, {}, true].forEach(function (v, i) {
  try { url.parse(v); console.log(i, 'no throw'); } catch (e) { console.log(i, e.name, e.message); }
});
