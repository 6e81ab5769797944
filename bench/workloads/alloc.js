// Object allocation: short-lived binary trees and linked lists.
(function () {
  function tree(depth) {
    return depth === 0 ? { l: null, r: null } : { l: tree(depth - 1), r: tree(depth - 1) };
  }
  function check(t) {
    return t.l === null ? 1 : 1 + check(t.l) + check(t.r);
  }
  var sum = 0;
  for (var i = 0; i < 90; i++) {
    sum = (sum + check(tree(12))) | 0;
  }
  for (var j = 0; j < 60; j++) {
    var head = null;
    for (var k = 0; k < 5000; k++) head = { v: k, next: head };
    var s = 0;
    for (var p = head; p !== null; p = p.next) s += p.v;
    sum = (sum + s) | 0;
  }
  console.log('alloc ' + sum);
})();
