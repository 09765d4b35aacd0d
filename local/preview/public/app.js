// The preview page: the workbook as a grid, the add-on's menu, its dialogs, the sidebar, the clock
// and the outbox, all through the preview's JSON API (the same API the README documents).
// User and sheet text is always set with textContent.
/* global window, document, fetch, setTimeout, clearTimeout */
(function () {
  'use strict';

  var $ = function (id) {
    return document.getElementById(id);
  };
  var view = {
    state: null,
    workbook: null,
    sheet: null, // name of the sheet shown
    selection: [], // [{row, column, numRows, numColumns}]
    anchor: null, // {row, column}: where the current (last) range started
    active: null, // {row, column}
    reveal: false, // scroll the active cell into view at the next draw
    dragging: null, // 'cell' | 'row' | 'column'
    editing: null, // {row, column}
    outbox: [],
    mailIndex: -1,
  };
  var busyCount = 0;

  // ---- API ------------------------------------------------------------------------------------

  function api(method, path, body) {
    busy(1);
    return fetch(path, {
      method: method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    })
      .then(function (res) {
        return res.json().then(function (data) {
          if (!res.ok) throw new Error(data && data.error ? data.error : 'HTTP ' + res.status);
          return data;
        });
      })
      .finally(function () {
        busy(-1);
      });
  }

  function busy(delta) {
    busyCount += delta;
    if (busyCount > 0) document.body.setAttribute('data-busy', '');
    else document.body.removeAttribute('data-busy');
  }

  function status(text, isError) {
    var el = $('status');
    el.textContent = text;
    el.classList.toggle('error', !!isError);
  }

  function fail(err) {
    status(err && err.message ? err.message : String(err), true);
  }

  // The selection is the page's own once the person clicks: a state read while a click was
  // still on its way (or made after the read began) is older than what they see, so it must
  // not move the active cell back (typing would then land in the old cell).
  var selectionChanges = 0;
  var selectsInFlight = 0;

  function refresh() {
    var asked = selectionChanges;
    return Promise.all([api('GET', '/api/state'), api('GET', '/api/workbook')]).then(function (r) {
      view.state = r[0];
      view.workbook = r[1];
      var settledSelection = asked === selectionChanges && selectsInFlight === 0;
      if (!view.sheet || !sheetByName(view.sheet)) {
        view.sheet = r[0].activeSheet;
        asked = -1; // a sheet we did not show: take its selection
      } else if (settledSelection && r[0].activeSheet !== view.sheet) {
        // A script activated another tab (Set up shows Contacts): Sheets follows it.
        view.sheet = r[0].activeSheet;
        asked = -1;
      }
      if (asked === -1 || (asked === selectionChanges && selectsInFlight === 0))
        adoptServerSelection();
      render();
      return r;
    });
  }

  // ---- A1 -------------------------------------------------------------------------------------

  function letters(n) {
    var s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function lettersToNumber(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
    return n;
  }
  function a1(r) {
    var start = letters(r.column) + r.row;
    if (r.numRows === 1 && r.numColumns === 1) return start;
    return start + ':' + letters(r.column + r.numColumns - 1) + (r.row + r.numRows - 1);
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function selectionText() {
    var q = quoteSheet(view.sheet);
    return view.selection
      .map(function (r) {
        return q + '!' + a1(r);
      })
      .join(',');
  }
  /** 'Contacts!B2:C3,Contacts!E5' from the server back into rectangles. */
  function parseSelection(text) {
    return text.split(',').map(function (part) {
      var ref = part.slice(part.lastIndexOf('!') + 1);
      var m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
      if (!m) return null;
      var c1 = lettersToNumber(m[1]);
      var r1 = Number(m[2]);
      var c2 = m[3] ? lettersToNumber(m[3]) : c1;
      var r2 = m[4] ? Number(m[4]) : r1;
      return { row: r1, column: c1, numRows: r2 - r1 + 1, numColumns: c2 - c1 + 1 };
    });
  }

  function adoptServerSelection() {
    var s = view.state;
    if (s.activeSheet !== view.sheet) return;
    var rects = parseSelection(s.selection);
    if (
      rects.some(function (r) {
        return !r;
      })
    )
      return;
    view.selection = rects;
    var last = rects[rects.length - 1];
    if (!view.active || !inRect(last, view.active.row, view.active.column)) {
      view.active = { row: last.row, column: last.column };
      view.anchor = { row: last.row, column: last.column };
      // Moved by a script (the first empty row after Set up, an import's rows): show it.
      view.reveal = true;
    }
  }

  // ---- grid -----------------------------------------------------------------------------------

  function sheetByName(name) {
    var sheets = view.workbook ? view.workbook.sheets : [];
    for (var i = 0; i < sheets.length; i++) if (sheets[i].name === name) return sheets[i];
    return null;
  }
  function currentSheet() {
    return sheetByName(view.sheet);
  }
  function shownSize(sheet) {
    var rows = Math.min(sheet.maxRows, Math.max(sheet.display.length + 20, 40));
    var width = sheet.display.length ? sheet.display[0].length : 0;
    var cols = Math.min(sheet.maxColumns, Math.max(width + 2, 12));
    return { rows: rows, cols: cols };
  }
  /** What the cell shows: exactly the runtime's getDisplayValues(), as Sheets shows it. */
  function shown(sheet, row, column) {
    var r = sheet.display[row - 1];
    var v = r ? r[column - 1] : undefined;
    return v === undefined || v === null ? '' : v;
  }
  function rawValue(sheet, row, column) {
    var f = sheet.formulas[row + ':' + column];
    return f || shown(sheet, row, column);
  }

  function render() {
    var s = view.state;
    document.title = s.spreadsheet.name + ' · Prospek preview';
    $('doc-title').textContent = s.spreadsheet.name;
    renderMenus();
    renderClock();
    renderTabs();
    renderGrid();
    renderSidebar();
    $('outbox-count').textContent = String(s.outboxCount);
  }

  function renderTabs() {
    var tabs = $('tabs');
    tabs.textContent = '';
    view.workbook.sheets.forEach(function (sheet) {
      var b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(sheet.name === view.sheet));
      b.textContent = sheet.name;
      b.addEventListener('contextmenu', function (e) {
        onTabMenu(e, sheet.name);
      });
      b.addEventListener('click', function () {
        if (sheet.name === view.sheet) return;
        view.sheet = sheet.name;
        view.selection = [{ row: 1, column: 1, numRows: 1, numColumns: 1 }];
        view.active = { row: 1, column: 1 };
        view.anchor = { row: 1, column: 1 };
        renderTabs();
        renderGrid();
        pushSelection();
      });
      tabs.appendChild(b);
    });
    var add = document.createElement('button');
    add.type = 'button';
    add.className = 'add-sheet';
    add.title = 'Add sheet';
    add.setAttribute('aria-label', 'Add sheet');
    add.textContent = '+';
    add.addEventListener('click', addSheet);
    tabs.appendChild(add);
  }

  function renderGrid() {
    var sheet = currentSheet();
    var table = $('grid');
    table.textContent = '';
    if (!sheet) return;
    var size = shownSize(sheet);
    var colgroup = document.createElement('colgroup');
    var corner = document.createElement('col');
    corner.style.width = '46px';
    colgroup.appendChild(corner);
    var thead = document.createElement('thead');
    var hr = document.createElement('tr');
    var th0 = document.createElement('th');
    th0.className = 'corner';
    hr.appendChild(th0);
    var total = 46;
    for (var c = 1; c <= size.cols; c++) {
      var col = document.createElement('col');
      var width = sheet.columnWidths[c] || 100;
      total += width;
      col.style.width = width + 'px';
      colgroup.appendChild(col);
      var th = document.createElement('th');
      th.className = 'colhead';
      th.dataset.column = String(c);
      th.textContent = letters(c);
      hr.appendChild(th);
    }
    thead.appendChild(hr);
    var tbody = document.createElement('tbody');
    for (var r = 1; r <= size.rows; r++) {
      var tr = document.createElement('tr');
      // Frozen rows stay in view with the column letters: they go in the sticky header.
      if (r <= sheet.frozenRows) tr.className = 'frozen';
      var rh = document.createElement('th');
      rh.className = 'rowhead';
      rh.dataset.row = String(r);
      rh.textContent = String(r);
      tr.appendChild(rh);
      var values = sheet.values[r - 1];
      for (c = 1; c <= size.cols; c++) {
        var td = document.createElement('td');
        td.dataset.row = String(r);
        td.dataset.column = String(c);
        var text = shown(sheet, r, c);
        td.textContent = text;
        if (text) td.title = text;
        if (values && typeof values[c - 1] === 'number') td.className = 'num';
        tr.appendChild(td);
      }
      (r <= sheet.frozenRows ? thead : tbody).appendChild(tr);
    }
    table.style.width = total + 'px';
    table.appendChild(colgroup);
    table.appendChild(thead);
    table.appendChild(tbody);
    markSelection();
  }

  function inRect(rect, row, column) {
    return (
      row >= rect.row &&
      row < rect.row + rect.numRows &&
      column >= rect.column &&
      column < rect.column + rect.numColumns
    );
  }

  function markSelection() {
    var table = $('grid');
    var marked = table.querySelectorAll('.sel, .active');
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove('sel', 'active');
    var sheet = currentSheet();
    if (!sheet) return;
    var size = shownSize(sheet);
    view.selection.forEach(function (rect) {
      var lastRow = Math.min(rect.row + rect.numRows - 1, size.rows);
      var lastCol = Math.min(rect.column + rect.numColumns - 1, size.cols);
      for (var r = rect.row; r <= lastRow; r++) {
        var head = table.querySelector('th.rowhead[data-row="' + r + '"]');
        if (head) head.classList.add('sel');
        for (var c = rect.column; c <= lastCol; c++) {
          var td = cell(r, c);
          if (td) td.classList.add('sel');
        }
      }
      for (var c2 = rect.column; c2 <= lastCol; c2++) {
        var ch = table.querySelector('th.colhead[data-column="' + c2 + '"]');
        if (ch) ch.classList.add('sel');
      }
    });
    if (view.active) {
      var a = cell(view.active.row, view.active.column);
      if (a) a.classList.add('active');
      if (a && view.reveal) a.scrollIntoView({ block: 'center', inline: 'nearest' });
      view.reveal = false;
      $('namebox').textContent = letters(view.active.column) + view.active.row;
      $('cell-content').textContent = rawValue(sheet, view.active.row, view.active.column);
    }
  }

  function cell(row, column) {
    return $('grid').querySelector('td[data-row="' + row + '"][data-column="' + column + '"]');
  }

  function rectBetween(a, b) {
    var row = Math.min(a.row, b.row);
    var column = Math.min(a.column, b.column);
    return {
      row: row,
      column: column,
      numRows: Math.abs(a.row - b.row) + 1,
      numColumns: Math.abs(a.column - b.column) + 1,
    };
  }

  /** Where a mouse event points: a cell, a row header or a column header. */
  function target(e) {
    var el = e.target.closest ? e.target.closest('td, th.rowhead, th.colhead') : null;
    if (!el) return null;
    var sheet = currentSheet();
    if (el.tagName === 'TD')
      return { kind: 'cell', row: Number(el.dataset.row), column: Number(el.dataset.column) };
    if (el.classList.contains('rowhead'))
      return { kind: 'row', row: Number(el.dataset.row), column: 1, maxColumns: sheet.maxColumns };
    return { kind: 'column', row: 1, column: Number(el.dataset.column), maxRows: sheet.maxRows };
  }

  function rectFor(kind, from, to) {
    var sheet = currentSheet();
    if (kind === 'row') {
      var r = rectBetween(from, to);
      return { row: r.row, column: 1, numRows: r.numRows, numColumns: sheet.maxColumns };
    }
    if (kind === 'column') {
      var c = rectBetween(from, to);
      return { row: 1, column: c.column, numRows: sheet.maxRows, numColumns: c.numColumns };
    }
    return rectBetween(from, to);
  }

  function onMouseDown(e) {
    if (e.button !== 0) return;
    var t = target(e);
    if (!t) return;
    commitEdit();
    e.preventDefault();
    selectionChanges++;
    if (t.kind === 'column' && !e.shiftKey && !e.ctrlKey && !e.metaKey && startColumnDrag(t))
      return;
    var point = { row: t.row, column: t.column };
    if (e.shiftKey && view.anchor) {
      view.selection[view.selection.length - 1] = rectFor(t.kind, view.anchor, point);
    } else {
      var rect = rectFor(t.kind, point, point);
      if (e.ctrlKey || e.metaKey) view.selection.push(rect);
      else view.selection = [rect];
      view.anchor = point;
      view.active = point;
    }
    view.dragging = t.kind;
    markSelection();
    $('grid-scroll').focus();
  }

  function onMouseMove(e) {
    if (!view.dragging) return;
    var t = target(e);
    if (!t) return;
    if (view.dragging === 'move-column') return overColumn(t);
    view.selection[view.selection.length - 1] = rectFor(view.dragging, view.anchor, {
      row: t.row,
      column: t.column,
    });
    markSelection();
  }

  function onMouseUp() {
    if (!view.dragging) return;
    if (view.dragging === 'move-column') return dropColumn();
    view.dragging = null;
    pushSelection();
  }

  /** The runtime knows the selection too: the sidebar and menu items read the active range. */
  // Selections are sent one after another (two requests in flight may arrive in either order,
  // and the last selection must win), and the page counts as busy from the click on, so nothing
  // reads the runtime's selection before it has arrived.
  var selectTimer = null;
  var selectWaiting = false;
  var selectChain = Promise.resolve();
  function pushSelection() {
    selectionChanges++;
    if (!selectWaiting) {
      selectWaiting = true;
      busy(1);
    }
    clearTimeout(selectTimer);
    selectTimer = setTimeout(function () {
      selectWaiting = false;
      var text = selectionText();
      selectsInFlight++;
      selectChain = selectChain
        .then(function () {
          return api('POST', '/api/select', { selection: text });
        })
        .catch(fail)
        .then(function () {
          selectsInFlight--;
          busy(-1);
        });
    }, 0);
  }

  // ---- editing --------------------------------------------------------------------------------

  function startEdit(initial) {
    if (!view.active) return;
    var td = cell(view.active.row, view.active.column);
    if (!td) return;
    var input = $('cell-editor');
    var box = $('grid-scroll');
    var rect = td.getBoundingClientRect();
    var outer = box.getBoundingClientRect();
    input.style.left = rect.left - outer.left + box.scrollLeft + 'px';
    input.style.top = rect.top - outer.top + box.scrollTop + 'px';
    input.style.width = Math.max(rect.width, 120) + 'px';
    input.style.height = rect.height + 'px';
    input.hidden = false;
    input.value =
      initial !== undefined
        ? initial
        : rawValue(currentSheet(), view.active.row, view.active.column);
    view.editing = { row: view.active.row, column: view.active.column, sheet: view.sheet };
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  function commitEdit(move) {
    var e = view.editing;
    if (!e) return Promise.resolve();
    var input = $('cell-editor');
    var text = input.value;
    view.editing = null;
    input.hidden = true;
    if (move) moveActive(move[0], move[1]);
    var range = quoteSheet(e.sheet) + '!' + letters(e.column) + e.row;
    return api('POST', '/api/edit', { range: range, values: [[text]] })
      .then(function () {
        status('Edited ' + range);
        return refresh();
      })
      .catch(fail);
  }

  function cancelEdit() {
    view.editing = null;
    $('cell-editor').hidden = true;
    $('grid-scroll').focus();
  }

  function moveActive(dr, dc) {
    if (!view.active) return;
    var size = shownSize(currentSheet());
    var row = Math.max(1, Math.min(size.rows, view.active.row + dr));
    var column = Math.max(1, Math.min(size.cols, view.active.column + dc));
    view.active = { row: row, column: column };
    view.anchor = view.active;
    view.selection = [{ row: row, column: column, numRows: 1, numColumns: 1 }];
    markSelection();
    pushSelection();
    $('grid-scroll').focus();
  }

  function clearSelection() {
    var rect = view.selection[view.selection.length - 1];
    var sheet = currentSheet();
    var size = shownSize(sheet);
    var numRows = Math.min(rect.numRows, size.rows - rect.row + 1);
    var numColumns = Math.min(rect.numColumns, size.cols - rect.column + 1);
    var values = [];
    for (var i = 0; i < numRows; i++) values.push(new Array(numColumns).fill(''));
    var range =
      quoteSheet(view.sheet) +
      '!' +
      a1({ row: rect.row, column: rect.column, numRows: numRows, numColumns: numColumns });
    api('POST', '/api/edit', { range: range, values: values })
      .then(function () {
        status('Cleared ' + range);
        return refresh();
      })
      .catch(fail);
  }

  function onGridKey(e) {
    if (view.editing || !view.active || e.target === $('cell-editor')) return;
    var moves = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    if (moves[e.key]) {
      e.preventDefault();
      moveActive(moves[e.key][0], moves[e.key][1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      clearSelection();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(e.key);
    }
  }

  function onEditorKey(e) {
    // The editor sits inside the grid's box: its keys must not reach the grid's handler too
    // (Tab would move two cells, Enter would reopen the editor below).
    if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'Escape') e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commitEdit([1, 0]);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commitEdit([0, 1]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancelEdit();
    }
  }

  // ---- menus and dialogs ----------------------------------------------------------------------

  function closeMenus() {
    var open = document.querySelectorAll('.menu-items');
    for (var i = 0; i < open.length; i++) open[i].hidden = true;
  }

  var menusShown = null;
  function renderMenus() {
    // Every sidebar call redraws the page; rebuilding an unchanged menu bar would close a menu
    // the user has just opened.
    var key = JSON.stringify(view.state.menus);
    if (key === menusShown) return;
    menusShown = key;
    var bar = $('menubar');
    bar.textContent = '';
    var addon = view.state.menus.filter(function (m) {
      return m.addon;
    });
    var custom = view.state.menus.filter(function (m) {
      return !m.addon;
    });
    // Add-on menus live under Extensions, each under the add-on's name, as in Sheets.
    if (addon.length) {
      bar.appendChild(
        menu('Extensions', function (list) {
          addon.forEach(function (m) {
            var h = document.createElement('li');
            h.className = 'menu-heading';
            h.textContent = 'Prospek';
            list.appendChild(h);
            addItems(list, m.items);
          });
        }),
      );
    }
    custom.forEach(function (m) {
      bar.appendChild(
        menu(m.title, function (list) {
          addItems(list, m.items);
        }),
      );
    });
  }

  function menu(title, fill) {
    var wrap = document.createElement('div');
    wrap.className = 'menu';
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = title;
    var list = document.createElement('ul');
    list.className = 'menu-items';
    list.hidden = true;
    list.setAttribute('role', 'menu');
    fill(list);
    b.addEventListener('click', function (e) {
      e.stopPropagation();
      var wasHidden = list.hidden;
      closeMenus();
      list.hidden = !wasHidden;
    });
    wrap.appendChild(b);
    wrap.appendChild(list);
    return wrap;
  }

  function addItems(list, items) {
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (item.subMenu) {
        var h = document.createElement('div');
        h.className = 'menu-heading';
        h.textContent = item.caption;
        li.appendChild(h);
        var sub = document.createElement('ul');
        sub.style.listStyle = 'none';
        sub.style.padding = '0 0 0 8px';
        addItems(sub, item.subMenu.items);
        li.appendChild(sub);
      } else if (!item.functionName) {
        li.appendChild(document.createElement('hr'));
      } else {
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('role', 'menuitem');
        b.textContent = item.caption;
        b.addEventListener('click', function () {
          closeMenus();
          runMenu(item.functionName, item.caption);
        });
        li.appendChild(b);
      }
      list.appendChild(li);
    });
  }

  /**
   * Runs a menu item. The server cannot wait for a person, so an alert or prompt comes back as
   * `pending` (the execution was thrown away); we show it, add the answer and run it again.
   */
  function runMenu(fn, caption) {
    var responses = [];
    var selection = selectionText();
    status('Running ' + caption + '…');
    function attempt() {
      return api('POST', '/api/menu', { fn: fn, selection: selection, responses: responses }).then(
        function (reply) {
          if (reply.pending) {
            return ask(reply.pending).then(function (answer) {
              responses.push(answer);
              return attempt();
            });
          }
          return reply;
        },
      );
    }
    return attempt()
      .then(function (reply) {
        var toasts = reply.dialogs.filter(function (d) {
          return d.type === 'toast';
        });
        if (reply.error) status(caption + ' failed: ' + reply.error, true);
        else if (toasts.length) status(toasts[toasts.length - 1].message);
        else status(caption + ' done.');
        if (reply.sidebarOpened) reloadSidebar = true;
        return refresh();
      })
      .catch(fail);
  }

  var BUTTON_SETS = {
    OK: ['OK'],
    OK_CANCEL: ['OK', 'CANCEL'],
    YES_NO: ['YES', 'NO'],
    YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
  };
  var LABELS = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

  /** Shows an alert or prompt; resolves with the answer in the API's response format. */
  function ask(d) {
    return new Promise(function (resolve) {
      var dialog = $('dialog');
      $('dialog-title').textContent = d.title;
      $('dialog-title').hidden = !d.title;
      $('dialog-message').textContent = d.message;
      var input = $('dialog-input');
      input.hidden = d.type !== 'prompt';
      input.value = '';
      var buttons = $('dialog-buttons');
      buttons.textContent = '';
      var answered = false;
      function answer(button) {
        if (answered) return;
        answered = true;
        dialog.close();
        // As in Sheets, the keyboard is back on the grid once a script's dialog closes.
        $('grid-scroll').focus({ preventScroll: true });
        resolve(d.type === 'prompt' ? { button: button, text: input.value } : button);
      }
      (BUTTON_SETS[d.buttons] || ['OK']).forEach(function (name, i) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = LABELS[name] || name;
        if (i === 0) b.className = 'primary';
        b.addEventListener('click', function () {
          answer(name);
        });
        buttons.appendChild(b);
      });
      // Escape or closing the window is the dialog's close button.
      dialog.oncancel = function (e) {
        e.preventDefault();
        answer('CLOSE');
      };
      dialog.showModal();
      (d.type === 'prompt' ? input : buttons.firstChild).focus();
    });
  }

  // ---- sidebar --------------------------------------------------------------------------------

  var reloadSidebar = false;
  function renderSidebar() {
    var sb = view.state.sidebar;
    var panel = $('sidebar-panel');
    if (!sb) {
      panel.hidden = true;
      $('sidebar-frame').removeAttribute('src');
      return;
    }
    $('sidebar-title').textContent = sb.title;
    if (panel.hidden || reloadSidebar) {
      panel.hidden = false;
      $('sidebar-frame').src = sb.url + '?t=' + Date.now();
    }
    reloadSidebar = false;
  }

  function closeSidebar() {
    api('POST', '/api/sidebar/close', {})
      .then(function () {
        return refresh();
      })
      .catch(fail);
  }

  var changedTimer = null;
  window.addEventListener('message', function (e) {
    if (e.source !== $('sidebar-frame').contentWindow || !e.data) return;
    if (e.data.type === 'prospek:close') closeSidebar();
    if (e.data.type === 'prospek:changed') {
      clearTimeout(changedTimer);
      changedTimer = setTimeout(function () {
        refresh().then(refreshOutbox).catch(fail);
      }, 0);
    }
  });

  // ---- clock ----------------------------------------------------------------------------------

  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function renderClock() {
    var w = view.state.now; // 'YYYY-MM-DDTHH:mm:ss' in the spreadsheet's zone
    var d = new Date(w.slice(0, 10) + 'T00:00:00Z');
    $('clock-now').textContent =
      DAYS[d.getUTCDay()] +
      ' ' +
      d.getUTCDate() +
      ' ' +
      MONTHS[d.getUTCMonth()] +
      ' ' +
      d.getUTCFullYear() +
      ', ' +
      w.slice(11, 16);
    $('clock-zone').textContent = view.state.spreadsheet.timeZone;
    var input = $('clock-input');
    if (document.activeElement !== input) input.value = w.slice(0, 16);
  }

  function moveClock(body) {
    return api('POST', '/api/clock', body)
      .then(function (reply) {
        var ran = reply.ran.map(function (r) {
          return (
            r.handler + ' at ' + r.at.slice(11, 16) + (r.error ? ' (failed: ' + r.error + ')' : '')
          );
        });
        status(
          'Clock: ' +
            reply.now.replace('T', ' ').slice(0, 16) +
            '. ' +
            (ran.length ? 'Triggers ran: ' + ran.join(', ') + '.' : 'No trigger fell due.') +
            (reply.emailsSent ? ' Emails sent: ' + reply.emailsSent + '.' : ''),
        );
        return refresh().then(refreshOutbox);
      })
      .catch(fail);
  }

  // ---- outbox ---------------------------------------------------------------------------------

  function refreshOutbox() {
    if ($('outbox-panel').hidden) return Promise.resolve();
    return api('GET', '/api/outbox').then(function (mails) {
      view.outbox = mails;
      if (view.mailIndex < 0 || view.mailIndex >= mails.length) view.mailIndex = mails.length - 1;
      renderOutbox();
    });
  }

  function renderOutbox() {
    var list = $('outbox-list');
    list.textContent = '';
    if (!view.outbox.length) {
      var empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = 'No email sent yet. Move the clock to run the daily reminders.';
      list.appendChild(empty);
    }
    // Newest first.
    view.outbox
      .map(function (m, i) {
        return { m: m, i: i };
      })
      .reverse()
      .forEach(function (x) {
        var li = document.createElement('li');
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('aria-current', String(x.i === view.mailIndex));
        var subject = document.createElement('div');
        subject.textContent = x.m.subject || '(no subject)';
        var when = document.createElement('div');
        when.className = 'when';
        when.textContent = x.m.whenLocal.replace('T', ' ').slice(0, 16) + ' → ' + x.m.to;
        b.appendChild(subject);
        b.appendChild(when);
        b.addEventListener('click', function () {
          view.mailIndex = x.i;
          renderOutbox();
        });
        li.appendChild(b);
        list.appendChild(li);
      });
    var m = view.outbox[view.mailIndex];
    $('mail').hidden = !m;
    if (!m) return;
    $('mail-to').textContent = m.to;
    $('mail-subject').textContent = m.subject;
    $('mail-when').textContent = m.whenLocal.replace('T', ' ');
    // The HTML is shown in a sandbox without scripts; a text-only mail is shown as text.
    $('mail-frame').srcdoc =
      m.htmlBody !== null && m.htmlBody !== undefined
        ? m.htmlBody
        : '<pre style="white-space:pre-wrap;font:13px Arial">' + escapeHtml(m.body) + '</pre>';
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function toggleOutbox(open) {
    var panel = $('outbox-panel');
    panel.hidden = !open;
    $('outbox-toggle').setAttribute('aria-expanded', String(open));
    if (open) refreshOutbox().catch(fail);
  }

  // ---- structure: context menus, the tab menu, moving a column, pasting a block --------------

  /** One structure change through POST /api/sheet, then the grid shows the workbook again. */
  function sheetOp(body, done) {
    return api('POST', '/api/sheet', body)
      .then(function (reply) {
        if (body.op === 'addSheet') view.sheet = reply.name;
        if (body.op === 'renameSheet' && view.sheet === body.sheet) view.sheet = body.to;
        if (body.op === 'deleteSheet' && view.sheet === body.sheet) view.sheet = null;
        status(done);
        return refresh();
      })
      .catch(fail);
  }

  function showContextMenu(x, y, items) {
    closeMenus();
    var list = $('context-menu');
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (!item) li.appendChild(document.createElement('hr'));
      else {
        var b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('role', 'menuitem');
        b.dataset.action = item.action;
        b.textContent = item.label;
        b.addEventListener('click', function () {
          closeMenus();
          item.run();
        });
        li.appendChild(b);
      }
      list.appendChild(li);
    });
    list.style.left = x + 'px';
    list.style.top = y + 'px';
    list.hidden = false;
  }

  /** The rows or columns a right-click acts on: the selection when it holds the cell, else it. */
  function span(t) {
    var rect = view.selection[view.selection.length - 1];
    var inside = rect && inRect(rect, t.row, t.column);
    if (!inside) {
      view.selection = [rectFor(t.kind, t, t)];
      view.active = view.anchor = { row: t.row, column: t.column };
      markSelection();
      pushSelection();
      rect = view.selection[0];
    }
    return rect;
  }

  function plural(n, one) {
    return n === 1 ? '1 ' + one : n + ' ' + one + 's';
  }

  function sortItems(sheet, column) {
    var first = sheet.frozenRows + 1;
    var last = sheet.display.length;
    var range =
      quoteSheet(sheet.name) +
      '!' +
      a1({ row: first, column: 1, numRows: last - first + 1, numColumns: sheet.maxColumns });
    var sort = function (ascending) {
      return function () {
        if (last < first) return;
        sheetOp(
          { op: 'sort', range: range, by: column, ascending: ascending },
          'Sorted by column ' + letters(column) + (ascending ? ' A → Z' : ' Z → A'),
        );
      };
    };
    return [
      { action: 'sort-asc', label: 'Sort sheet A → Z', run: sort(true) },
      { action: 'sort-desc', label: 'Sort sheet Z → A', run: sort(false) },
    ];
  }

  function onContextMenu(e) {
    var t = target(e);
    if (!t) return;
    e.preventDefault();
    commitEdit();
    var sheet = currentSheet();
    var rect = span(t);
    var rows = t.kind === 'column' ? 0 : rect.numRows;
    var cols = t.kind === 'row' ? 0 : rect.numColumns;
    if (t.kind === 'cell') rows = cols = 1;
    var r = rows ? rowItems(sheet.name, t, rect, rows) : { insert: [], remove: [] };
    var c = cols ? columnItems(sheet.name, t, rect, cols) : { insert: [], remove: [] };
    var items = r.insert.concat(c.insert, [null], r.remove, c.remove);
    if (cols) items = items.concat([null], sortItems(sheet, t.column));
    showContextMenu(e.clientX, e.clientY, items);
  }

  /** Insert above/below and delete, for the rows of a right-clicked header or cell. */
  function rowItems(name, t, rect, rows) {
    var first = t.kind === 'cell' ? t.row : rect.row;
    var last = t.kind === 'cell' ? t.row : rect.row + rows - 1;
    var op = function (request, done) {
      return function () {
        sheetOp(Object.assign({ sheet: name, count: rows }, request), done);
      };
    };
    return {
      insert: [
        {
          action: 'insert-above',
          label: 'Insert ' + plural(rows, 'row') + ' above',
          run: op({ op: 'insertRows', before: rect.row }, 'Rows inserted'),
        },
        {
          action: 'insert-below',
          label: 'Insert ' + plural(rows, 'row') + ' below',
          run: op({ op: 'insertRows', after: last }, 'Rows inserted'),
        },
      ],
      remove: [
        {
          action: 'delete-rows',
          label: t.kind === 'cell' ? 'Delete row' : 'Delete ' + plural(rows, 'row'),
          run: op({ op: 'deleteRows', start: first }, 'Rows deleted'),
        },
      ],
    };
  }

  /** Insert left/right and delete, for the columns of a right-clicked header or cell. */
  function columnItems(name, t, rect, cols) {
    var first = t.kind === 'cell' ? t.column : rect.column;
    var last = t.kind === 'cell' ? t.column : rect.column + cols - 1;
    var op = function (request, done) {
      return function () {
        sheetOp(Object.assign({ sheet: name, count: cols }, request), done);
      };
    };
    return {
      insert: [
        {
          action: 'insert-left',
          label: 'Insert ' + plural(cols, 'column') + ' left',
          run: op({ op: 'insertColumns', before: first }, 'Columns inserted'),
        },
        {
          action: 'insert-right',
          label: 'Insert ' + plural(cols, 'column') + ' right',
          run: op({ op: 'insertColumns', after: last }, 'Columns inserted'),
        },
      ],
      remove: [
        {
          action: 'delete-columns',
          label: t.kind === 'cell' ? 'Delete column' : 'Delete ' + plural(cols, 'column'),
          run: op({ op: 'deleteColumns', start: first }, 'Columns deleted'),
        },
      ],
    };
  }

  function onTabMenu(e, name) {
    e.preventDefault();
    showContextMenu(e.clientX, e.clientY - 90, [
      {
        action: 'rename-sheet',
        label: 'Rename',
        run: function () {
          ask({
            type: 'prompt',
            title: 'Rename',
            message: 'New name for ' + name,
            buttons: 'OK_CANCEL',
          }).then(function (answer) {
            if (answer.button === 'OK' && answer.text)
              sheetOp({ op: 'renameSheet', sheet: name, to: answer.text }, 'Renamed ' + name);
          });
        },
      },
      {
        action: 'delete-sheet',
        label: 'Delete',
        run: function () {
          sheetOp({ op: 'deleteSheet', sheet: name }, 'Deleted ' + name);
        },
      },
      null,
      { action: 'add-sheet', label: 'Add sheet', run: addSheet },
    ]);
  }

  function addSheet() {
    sheetOp({ op: 'addSheet' }, 'Sheet added');
  }

  /** Dragging the header of a selected column moves it, as in Sheets. */
  function startColumnDrag(t) {
    var sheet = currentSheet();
    var rect = view.selection[view.selection.length - 1];
    if (view.selection.length !== 1 || !rect || rect.numRows !== sheet.maxRows) return false;
    if (t.column < rect.column || t.column >= rect.column + rect.numColumns) return false;
    view.dragging = 'move-column';
    view.moving = { from: rect.column, count: rect.numColumns, over: t.column };
    return true;
  }

  function overColumn(t) {
    view.moving.over = t.column;
    var heads = $('grid').querySelectorAll('th.colhead');
    for (var i = 0; i < heads.length; i++)
      heads[i].classList.toggle('drop', Number(heads[i].dataset.column) === t.column);
  }

  function dropColumn() {
    var m = view.moving;
    view.dragging = null;
    view.moving = null;
    var inside = m.over >= m.from && m.over < m.from + m.count;
    if (inside) return markSelection();
    // Dropped on a column: the moved ones take its place (before it when moving left).
    var to = m.over < m.from ? m.over : m.over + 1;
    var landed = m.over < m.from ? m.over : m.over - m.count + 1;
    var sheet = currentSheet();
    view.selection = [{ row: 1, column: landed, numRows: sheet.maxRows, numColumns: m.count }];
    view.active = view.anchor = { row: 1, column: landed };
    sheetOp(
      { op: 'moveColumns', sheet: sheet.name, from: m.from, count: m.count, to: to },
      'Moved column ' + letters(m.from),
    ).then(pushSelection);
  }

  /** Clipboard text (tabs between cells, newlines between rows) pasted at the active cell. */
  function onPaste(e) {
    if (view.editing || !view.active) return;
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    e.preventDefault();
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    var rows = lines.map(function (line) {
      return line.split('\t');
    });
    var width = Math.max.apply(
      null,
      rows.map(function (r) {
        return r.length;
      }),
    );
    rows.forEach(function (r) {
      while (r.length < width) r.push('');
    });
    var range = quoteSheet(view.sheet) + '!' + letters(view.active.column) + view.active.row;
    api('POST', '/api/edit', { range: range, values: rows })
      .then(function (reply) {
        status('Pasted ' + reply.range);
        return refresh();
      })
      .catch(fail);
  }

  // ---- wiring ---------------------------------------------------------------------------------

  function init() {
    var grid = $('grid');
    var box = $('grid-scroll');
    box.tabIndex = 0;
    grid.addEventListener('mousedown', onMouseDown);
    grid.addEventListener('contextmenu', onContextMenu);
    box.addEventListener('paste', onPaste);
    grid.addEventListener('mouseover', onMouseMove);
    window.addEventListener('mouseup', onMouseUp);
    grid.addEventListener('dblclick', function (e) {
      var t = target(e);
      if (t && t.kind === 'cell') startEdit();
    });
    box.addEventListener('keydown', onGridKey);
    $('cell-editor').addEventListener('keydown', onEditorKey);
    $('cell-editor').addEventListener('blur', function () {
      if (view.editing) commitEdit();
    });
    document.addEventListener('click', closeMenus);
    // A click in the sidebar's frame never reaches this document: the page losing focus to it
    // closes an open menu, as a click anywhere else does.
    window.addEventListener('blur', closeMenus);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') closeMenus();
    });
    $('clock-hour').addEventListener('click', function () {
      moveClock({ advance: '1h' });
    });
    $('clock-day').addEventListener('click', function () {
      moveClock({ advance: '1d' });
    });
    $('clock-set').addEventListener('click', function () {
      var v = $('clock-input').value;
      if (v) moveClock({ now: v.length === 16 ? v + ':00' : v });
    });
    $('sidebar-close').addEventListener('click', closeSidebar);
    $('outbox-toggle').addEventListener('click', function () {
      toggleOutbox($('outbox-panel').hidden);
    });
    $('outbox-close').addEventListener('click', function () {
      toggleOutbox(false);
    });
    refresh()
      .then(function () {
        document.body.dataset.ready = 'true';
        status('Ready. Workbook saved after every change.');
      })
      .catch(fail);
  }

  init();
})();
