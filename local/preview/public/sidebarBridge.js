// Wires the preview's sidebar iframe: google.script.run calls go to POST /api/run (one execution
// each, marshalled as Apps Script does), google.script.host.close() closes the panel, and the page
// around is told after every call so it can redraw the grid.
/* global window, fetch */
(function (root) {
  'use strict';

  function tellPage(type) {
    if (root.parent && root.parent !== root) root.parent.postMessage({ type: type }, '*');
  }

  function invoke(fn, args) {
    return fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fn: fn, args: args }),
    })
      .then(function (res) {
        return res.json();
      })
      .then(function (reply) {
        tellPage('prospek:changed');
        if (reply && Object.prototype.hasOwnProperty.call(reply, 'result')) return reply.result;
        throw new Error((reply && reply.error) || 'The preview server gave no answer.');
      });
  }

  root.installPreviewBridge = function (serverFunctions) {
    root.installGoogleScript(root, serverFunctions, invoke, {
      origin: root.location.origin,
      close: function () {
        tellPage('prospek:close');
      },
    });
  };
})(window);
