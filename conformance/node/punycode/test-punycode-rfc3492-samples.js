var assert = require('assert');
var punycode = require('punycode');

var samples = [
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['-> $1.00 <-', '-> $1.00 <--']
];
samples.forEach(function (s, i) {
  assert.strictEqual(punycode.encode(s[0]), s[1]);
  assert.strictEqual(punycode.decode(s[1]), s[0]);
  console.log('sample', i, s[1]);
});
