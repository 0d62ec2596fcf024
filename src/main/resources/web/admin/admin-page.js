/*
 * Connected Councils admin page: fills the council, mapping and service-area tables from the admin REST API, pages
 * them, and sends the add / change / retire / remove / merge forms as JSON. Errors are shown next to the field the
 * server names. The CSV import sends the file as text/csv and reads the streamed answer (application/x-ndjson) line
 * by line to show progress. Every text shown comes from the page (data-text-* attributes rendered from i18n).
 */
(function () {
    'use strict';

    var format = window.ConnectedCouncils.text.format;
    var element = window.ConnectedCouncils.dom.element;
    var showMessage = window.ConnectedCouncils.dom.message;
    var requestJson = window.ConnectedCouncils.http.requestJson;

    function AdminPage(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest');
        this.status = root.querySelector('.cc-admin-status');
        this.lists = {};
    }

    AdminPage.prototype.text = function (name, args) {
        return format(this.root.getAttribute('data-text-' + name), args || []);
    };

    AdminPage.prototype.say = function (message, type) {
        showMessage(this.status, message, type || 'success', 'cc-admin-status');
    };

    /** Shows each server error next to its field (or in the status box when no field of the form has that name). */
    AdminPage.prototype.showErrors = function (form, error) {
        var self = this;
        var errors = error && error.body && error.body.errors;
        var unplaced = [];
        if (!errors || !errors.length) {
            self.say(self.text('failed'), 'error');
            return;
        }
        errors.forEach(function (e) {
            var input = e.field ? form.querySelector('[name="' + e.field + '"]') : null;
            if (input && input.closest('.field-group, .checkbox')) {
                input.closest('.field-group, .checkbox').appendChild(element('div', e.message, 'error'));
                input.setAttribute('aria-invalid', 'true');
            } else {
                unplaced.push(e.message);
            }
        });
        if (unplaced.length) {
            self.say(unplaced.join(' '), 'error');
        }
    };

    AdminPage.prototype.clearErrors = function (form) {
        Array.prototype.forEach.call(form.querySelectorAll('.error'), function (node) {
            node.parentNode.removeChild(node);
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
        });
    };

    AdminPage.prototype.button = function (label, onClick) {
        var button = element('button', label, 'aui-button aui-button-link');
        button.type = 'button';
        button.addEventListener('click', onClick);
        return button;
    };

    /** A paged table: {@code render(item)} gives the cells of one row. */
    AdminPage.prototype.list = function (name, path, render) {
        var self = this;
        var section = self.root.querySelector('[data-cc-list="' + name + '"]');
        var list = {section: section, path: path, render: render, start: 0, limit: 25, query: ''};
        self.lists[name] = list;
        var search = section.querySelector('.cc-admin-search');
        if (search) {
            search.addEventListener('submit', function (event) {
                event.preventDefault();
                list.query = search.querySelector('[name="q"]').value;
                list.start = 0;
                self.load(name);
            });
        }
        self.load(name);
    };

    AdminPage.prototype.load = function (name) {
        var self = this;
        var list = self.lists[name];
        var tbody = list.section.querySelector('tbody');
        var url = self.rest + '/' + list.path + '?start=' + list.start + '&limit=' + list.limit
            + (list.query ? '&q=' + encodeURIComponent(list.query) : '');
        tbody.setAttribute('aria-busy', 'true');
        return requestJson('GET', url).then(function (page) {
            tbody.textContent = '';
            if (!page.results.length) {
                var row = element('tr');
                var cell = element('td', self.text('empty'));
                cell.colSpan = list.section.querySelectorAll('thead>tr>th').length;
                row.appendChild(cell);
                tbody.appendChild(row);
            }
            page.results.forEach(function (item) {
                var row = element('tr');
                list.render(item).forEach(function (content) {
                    var cell = element('td');
                    if (content instanceof Node) {
                        cell.appendChild(content);
                    } else {
                        cell.textContent = content == null ? '' : String(content);
                    }
                    row.appendChild(cell);
                });
                tbody.appendChild(row);
            });
            tbody.removeAttribute('aria-busy');
            self.pager(name, page);
        }, function (error) {
            tbody.removeAttribute('aria-busy');
            self.showErrors(list.section, error);
        });
    };

    AdminPage.prototype.pager = function (name, page) {
        var self = this;
        var list = self.lists[name];
        var nav = list.section.querySelector('.cc-admin-pager');
        nav.textContent = '';
        if (page.total === 0) {
            return;
        }
        nav.appendChild(element('span', self.text('range', [page.start + 1, page.start + page.size, page.total])));
        if (page._links.prev) {
            nav.appendChild(self.button(self.text('previous'), function () {
                list.start = Math.max(0, list.start - list.limit);
                self.load(name);
            }));
        }
        if (page._links.next) {
            nav.appendChild(self.button(self.text('next'), function () {
                list.start = list.start + list.limit;
                self.load(name);
            }));
        }
    };

    /** Sends a form's values as JSON when it is submitted (after a confirmation, if named), then reloads lists. */
    AdminPage.prototype.form = function (name, send, reload, confirmText) {
        var self = this;
        var form = self.root.querySelector('[data-cc-form="' + name + '"]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (confirmText && !window.confirm(self.text(confirmText))) {
                return;
            }
            self.clearErrors(form);
            var values = {};
            Array.prototype.forEach.call(form.elements, function (input) {
                if (input.name) {
                    values[input.name] = input.type === 'checkbox' ? input.checked : input.value.trim();
                }
            });
            send(values).then(function (result) {
                self.say(self.outcome(result));
                form.reset();
                reload.forEach(function (list) {
                    self.load(list);
                });
            }, function (error) {
                self.showErrors(form, error);
            });
        });
    };

    /** What a form's answer says: entries moved by a merge, rows and marker of an erasure, or just saved. */
    AdminPage.prototype.outcome = function (result) {
        if (result && result.moved !== undefined) {
            return this.text('merged', [result.moved]);
        }
        if (result && result.remaining !== undefined) {
            return this.text('reassigned', [result.reassigned.length, result.remaining]);
        }
        if (result && result.marker !== undefined) {
            return this.text('anonymised', [result.total, result.marker]);
        }
        return this.text('saved');
    };

    /**
     * The hosts the publiccode.yml sync may reach on an internal address, one a line: read when the page opens, and
     * what was saved becomes the field's default so the form's reset after saving keeps it.
     */
    AdminPage.prototype.syncHosts = function () {
        var self = this;
        var path = self.rest + '/publiccode-sync/hosts';
        var field = self.root.querySelector('[data-cc-form="sync-hosts"] [name="hosts"]');
        function show(result) {
            field.defaultValue = (result && result.hosts || []).join('\n');
            field.value = field.defaultValue;
            return result;
        }
        requestJson('GET', path).then(show, function () {
            self.say(self.text('failed'), 'error');
        });
        self.form('sync-hosts', function (v) {
            var hosts = v.hosts.split(/\s+/).filter(function (h) {
                return h.length > 0;
            });
            return requestJson('PUT', path, { hosts: hosts }).then(show);
        }, []);
    };

    /** Puts an item's values into a form, for changing it. */
    AdminPage.prototype.fill = function (name, values) {
        var form = this.root.querySelector('[data-cc-form="' + name + '"]');
        Object.keys(values).forEach(function (key) {
            var input = form.querySelector('[name="' + key + '"]');
            if (input && input.type === 'checkbox') {
                input.checked = !!values[key];
            } else if (input) {
                input.value = values[key] == null ? '' : values[key];
            }
        });
        form.querySelector('[name="name"]').focus();
    };

    /** How many errors of a refused file the table lists; the rest are counted below it. */
    var ERRORS_SHOWN = 100;

    /**
     * The CSV import: sends the chosen file with XMLHttpRequest (so the upload can be followed), reads the NDJSON
     * answer as it arrives, shows progress while rows are checked or written, then the outcome or every problem.
     */
    AdminPage.prototype.importer = function () {
        var self = this;
        var section = self.root.querySelector('[data-cc-import]');
        if (!section) {
            return;
        }
        var form = section.querySelector('form');
        var file = section.querySelector('input[type="file"]');
        var controls = section.querySelectorAll('button, input');
        var status = section.querySelector('.cc-admin-import-status');
        var progress = section.querySelector('.cc-admin-import-progress');
        var bar = section.querySelector('.cc-admin-import-bar');
        var barText = section.querySelector('.cc-admin-import-progress-text');
        var message = section.querySelector('.cc-admin-import-message');
        var table = section.querySelector('.cc-admin-import-errors');
        var more = section.querySelector('.cc-admin-import-more');
        var locale = document.documentElement.lang || undefined;
        var number = function (n) {
            return Number(n).toLocaleString(locale);
        };

        function show(text, type) {
            showMessage(message, text, type, 'cc-admin-import-message');
        }

        function showProgress(value, max, text) {
            progress.hidden = false;
            bar.setAttribute('max', String(max));
            bar.setAttribute('value', String(value));
            barText.textContent = text;
        }

        function busy(on) {
            Array.prototype.forEach.call(controls, function (control) {
                control.disabled = on;
            });
            status.setAttribute('aria-busy', on ? 'true' : 'false');
        }

        function showErrors(errors) {
            var tbody = table.querySelector('tbody');
            tbody.textContent = '';
            errors.slice(0, ERRORS_SHOWN).forEach(function (e) {
                var row = element('tr');
                row.appendChild(element('td', e.line == null ? '' : e.line));
                row.appendChild(element('td', e.field == null ? '' : e.field));
                row.appendChild(element('td', e.message));
                tbody.appendChild(row);
            });
            table.hidden = false;
            if (errors.length > ERRORS_SHOWN) {
                more.textContent = self.text('import-more', [number(errors.length - ERRORS_SHOWN)]);
                more.hidden = false;
            }
        }

        function reset() {
            progress.hidden = true;
            message.hidden = true;
            table.hidden = true;
            more.hidden = true;
        }

        function run(dryRun, button) {
            var kind = form.querySelector('[name="kind"]:checked').value;
            var chosen = file.files && file.files[0];
            var seen = 0;
            var outcome = null;
            reset();
            if (!chosen) {
                show(self.text('import-no-file'), 'error');
                file.focus();
                return;
            }
            busy(true);

            function line(value) {
                if (value.type === 'progress') {
                    showProgress(value.done, value.total, self.text(dryRun ? 'import-checked' : 'import-imported',
                        [number(value.done), number(value.total)]));
                } else {
                    outcome = value;
                }
            }

            function read() {
                var text = xhr.responseText;
                var end = text.lastIndexOf('\n');
                if (end < seen) {
                    return;
                }
                text.substring(seen, end).split('\n').forEach(function (raw) {
                    if (raw.trim()) {
                        line(JSON.parse(raw));
                    }
                });
                seen = end + 1;
            }

            function done() {
                busy(false);
                progress.hidden = true;
                if (outcome && outcome.type === 'result') {
                    show(outcome.dryRun ? self.text('import-checked-ok', [number(outcome.rows)])
                        : self.text('import-done-' + kind, [number(outcome.written)]), 'success');
                } else if (outcome && outcome.type === 'errors') {
                    show(self.text('import-refused', [number(outcome.errors.length)]), 'error');
                    showErrors(outcome.errors);
                } else {
                    show(outcome && outcome.message ? outcome.message : self.text('import-failed'), 'error');
                }
                if (document.activeElement === document.body || !document.activeElement) {
                    button.focus();
                }
            }

            var xhr = new XMLHttpRequest();
            xhr.open('POST', self.rest + '/import/' + kind + (dryRun ? '?dryRun=true' : ''));
            xhr.setRequestHeader('Content-Type', 'text/csv');
            xhr.setRequestHeader('Accept', 'application/x-ndjson');
            xhr.upload.onprogress = function (event) {
                if (event.lengthComputable) {
                    showProgress(event.loaded, event.total,
                        self.text('import-uploading', [Math.floor(100 * event.loaded / event.total)]));
                }
            };
            xhr.onprogress = function () {
                if (xhr.status === 200) {
                    read();
                }
            };
            xhr.onload = function () {
                if (xhr.status === 200) {
                    read();
                } else {
                    var body = null;
                    try {
                        body = JSON.parse(xhr.responseText);
                    } catch (ignored) {
                        body = null;
                    }
                    var errors = body && body.errors;
                    outcome = {type: 'failed', message: errors && errors.length
                        ? errors.map(function (e) { return e.message; }).join(' ') : null};
                }
                done();
            };
            xhr.onerror = function () {
                outcome = null;
                done();
            };
            xhr.send(chosen);
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        Array.prototype.forEach.call(section.querySelectorAll('[data-cc-import-run]'), function (button) {
            button.addEventListener('click', function () {
                run(button.getAttribute('data-cc-import-run') === 'check', button);
            });
        });
    };

    AdminPage.prototype.start = function () {
        var self = this;
        var state = function (retired) {
            return element('span', self.text(retired ? 'retired' : 'active'),
                retired ? 'aui-lozenge' : 'aui-lozenge aui-lozenge-success');
        };
        var saveCouncil = function (c, retired) {
            return requestJson('PUT', self.rest + '/councils/' + encodeURIComponent(c.code),
                {name: c.name, type: c.type, region: c.region, retired: retired});
        };
        var saveArea = function (a, retired) {
            return requestJson('PUT', self.rest + '/service-areas/' + encodeURIComponent(a.code),
                {name: a.name, nameCy: a.nameCy || null, retired: retired});
        };
        var after = function (list) {
            return function () {
                self.say(self.text('saved'));
                self.load(list);
            };
        };
        var failed = function (error) {
            self.showErrors(self.root, error);
        };

        self.list('councils', 'councils', function (c) {
            var actions = element('span', null, 'cc-admin-actions');
            actions.appendChild(self.button(self.text('edit'), function () {
                self.fill('council', c);
            }));
            actions.appendChild(self.button(self.text(c.retired ? 'restore' : 'retire'), function () {
                saveCouncil(c, !c.retired).then(after('councils'), failed);
            }));
            var type = self.root.querySelector('#cc-admin-council-type option[value="' + c.type + '"]');
            return [c.code, c.name, type ? type.textContent : c.type, c.region, state(c.retired), actions];
        });
        self.list('mappings', 'mappings', function (m) {
            var type = self.root.querySelector('#cc-admin-mapping-type option[value="' + m.type + '"]');
            var role = self.root.querySelector('#cc-admin-mapping-role option[value="' + m.role + '"]');
            var remove = self.button(self.text('remove'), function () {
                if (window.confirm(self.text('confirm-remove'))) {
                    requestJson('POST', self.rest + '/mappings/remove', m).then(function () {
                        self.say(self.text('removed'));
                        self.load('mappings');
                    }, failed);
                }
            });
            return [type ? type.textContent : m.type, m.principal, m.councilCode, role ? role.textContent : m.role,
                remove];
        });
        self.list('service-areas', 'service-areas', function (a) {
            var actions = element('span', null, 'cc-admin-actions');
            actions.appendChild(self.button(self.text('edit'), function () {
                self.fill('service-area', a);
            }));
            actions.appendChild(self.button(self.text(a.retired ? 'restore' : 'retire'), function () {
                saveArea(a, !a.retired).then(after('service-areas'), failed);
            }));
            var welsh = element('span', a.nameCy || '');
            welsh.lang = 'cy';
            return [a.code, a.name, welsh, state(a.retired), actions];
        });

        self.form('council', function (v) {
            return saveCouncil(v, v.retired);
        }, ['councils']);
        self.form('mapping', function (v) {
            return requestJson('POST', self.rest + '/mappings', v);
        }, ['mappings']);
        self.form('service-area', function (v) {
            return saveArea(v, v.retired);
        }, ['service-areas']);
        self.form('merge', function (v) {
            return requestJson('POST', self.rest + '/service-areas/merge', v);
        }, ['service-areas'], 'confirm-merge');
        self.form('reassign', function (v) {
            return requestJson('POST', self.rest + '/contacts/reassign', v);
        }, [], 'confirm-reassign');
        self.syncHosts();
        self.form('erase', function (v) {
            return requestJson('POST', self.rest + '/personal-data/anonymise', v);
        }, [], 'confirm-anonymise');
        self.importer();
    };

    window.ConnectedCouncils.dom.startEach('[data-cc-admin]', function (root) {
        new AdminPage(root).start();
    });
}());
