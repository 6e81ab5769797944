// compareArray and assert.compareArray live in assert.js in this subset;
// this include exists so cases can name it as test262 cases do.
