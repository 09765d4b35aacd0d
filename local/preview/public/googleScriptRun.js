// google.script.run and google.script.host for Sidebar.html running outside Google: in the
// preview page (calls go to POST /api/run) and in browser tests (calls go to the test's runtime).
// `installGoogleScript(window, serverFunctions, invoke, host)` defines window.google.script.
// `invoke(fn, args)` returns a Promise of the server function's result, already marshalled the
// way Apps Script does it (see local/preview/marshal), or rejects with an Error.
//
// As in Apps Script: a runner only has methods for the server's functions; each with...()
// returns a new runner, so handlers do not leak between calls; calls are asynchronous;
// arguments must be primitives, arrays and plain objects (a Date or a function is refused);
// a failure with no failure handler is reported as an uncaught error.
/* global setTimeout, window */
(function (root) {
  'use strict';

  function illegal(value, path) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t === 'function' || value instanceof Date) return path;
    if (t !== 'object') return path;
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
      var bad = illegal(value[keys[i]], keys[i]);
      if (bad !== null) return bad;
    }
    return null;
  }

  function installGoogleScript(win, serverFunctions, invoke, host) {
    function makeRunner(success, failure, userObject) {
      var r = {
        withSuccessHandler: function (f) {
          return makeRunner(f, failure, userObject);
        },
        withFailureHandler: function (f) {
          return makeRunner(success, f, userObject);
        },
        withUserObject: function (o) {
          return makeRunner(success, failure, o);
        },
      };
      serverFunctions.forEach(function (name) {
        r[name] = function () {
          var args = Array.prototype.slice.call(arguments);
          for (var i = 0; i < args.length; i++) {
            if (illegal(args[i], String(i)) !== null) {
              throw new TypeError('Failed due to illegal value in property: ' + i);
            }
          }
          // Apps Script sends a copy: later changes to the caller's objects are not seen.
          var sent = JSON.parse(JSON.stringify(args));
          setTimeout(function () {
            invoke(name, sent).then(
              function (result) {
                if (success) success(result, userObject);
              },
              function (err) {
                var e = err instanceof Error ? err : new Error(String((err && err.message) || err));
                if (failure) failure(e, userObject);
                else
                  setTimeout(function () {
                    throw e;
                  });
              },
            );
          }, 0);
        };
      });
      return r;
    }
    var h = host || {};
    win.google = win.google || {};
    win.google.script = {
      run: makeRunner(null, null, undefined),
      host: {
        origin: h.origin || '',
        close: h.close || function () {},
        setHeight: h.setHeight || function () {},
        setWidth: h.setWidth || function () {},
        editor: { focus: h.focusEditor || function () {} },
      },
    };
  }

  root.installGoogleScript = installGoogleScript;
  if (typeof module !== 'undefined' && module.exports) module.exports = { installGoogleScript };
})(typeof window !== 'undefined' ? window : globalThis);
