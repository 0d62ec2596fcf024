/*
 * publiccode.yml into the register from a page: a chosen file is read into the text box (where it can still be
 * changed), Check sends it to the REST import as a dry run and shows what will be filled in and every warning with
 * its line, Create the draft sends the same text again for real and opens the new draft. The text goes as
 * application/yaml, a type no cross-site form can send. Texts come from the root's data-text-* attributes.
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var dom = cc.dom;
    var YAML = 'application/yaml';
    var MAX_BYTES = 256 * 1024;

    function Import(root) {
        this.root = root;
        this.form = root.querySelector('.cc-import-form');
        this.rest = http.contextPath() + root.getAttribute('data-rest');
        this.entryPattern = root.getAttribute('data-entry-pattern');
        this.text = cc.text.lookup(root);
        this.status = root.querySelector('.cc-import-status');
        this.result = root.querySelector('.cc-import-result');
        this.create = root.querySelector('.cc-import-create');
        this.checked = null;
    }

    Import.prototype.url = function (dryRun) {
        var params = new URLSearchParams();
        params.set('ownerCouncil', this.form.elements.ownerCouncil.value);
        params.set('serviceArea', this.form.elements.serviceArea.value);
        if (dryRun) {
            params.set('dryRun', 'true');
        }
        return this.rest + '?' + params.toString();
    };

    Import.prototype.clear = function () {
        while (this.result.firstChild) {
            this.result.removeChild(this.result.firstChild);
        }
        Array.prototype.forEach.call(this.form.querySelectorAll('.cc-field-error'), function (box) {
            box.textContent = '';
        });
        this.form.elements.yaml.removeAttribute('aria-invalid');
    };

    /** A list of problems (errors or warnings), each with its line when the server knows it. */
    Import.prototype.problems = function (title, entries, cssClass) {
        var self = this;
        var box = dom.element('div', null, 'aui-message ' + cssClass);
        box.appendChild(dom.element('p', title, 'title'));
        var list = dom.element('ul', null, 'cc-import-problems');
        entries.forEach(function (e) {
            var where = [];
            if (e.line) {
                where.push(self.text('line', [e.line]));
            }
            if (e.field) {
                where.push(e.field);
            }
            list.appendChild(dom.element('li', (where.length ? where.join(', ') + ': ' : '') + e.message));
        });
        box.appendChild(list);
        return box;
    };

    function shown(value) {
        if (Array.isArray(value)) {
            return value.join(', ');
        }
        if (value && typeof value === 'object') {
            return String(value.amount / 100) + ' ' + value.currency;
        }
        return String(value);
    }

    /** What the draft will hold: every filled field, by its JSON name, and the warnings. */
    Import.prototype.showChecked = function (answer) {
        var self = this;
        var content = answer.content || {};
        self.result.appendChild(dom.element('h2', self.text('will-fill')));
        var table = dom.element('table', null, 'aui cc-import-fields');
        var head = dom.element('tr');
        [self.text('field'), self.text('value')].forEach(function (label) {
            var th = dom.element('th', label);
            th.scope = 'col';
            head.appendChild(th);
        });
        var thead = dom.element('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var body = dom.element('tbody');
        Object.keys(content).forEach(function (name) {
            var value = content[name];
            if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
                return;
            }
            var row = dom.element('tr');
            row.setAttribute('data-field', name);
            var th = dom.element('th', self.text('field-' + name) || name);
            th.scope = 'row';
            row.appendChild(th);
            row.appendChild(dom.element('td', shown(value)));
            body.appendChild(row);
        });
        table.appendChild(body);
        self.result.appendChild(table);
        var warnings = answer.warnings || [];
        if (warnings.length) {
            self.result.appendChild(self.problems(self.text('warnings'), warnings, 'aui-message-warning'));
        } else {
            self.result.appendChild(dom.element('p', self.text('no-warnings'), 'cc-note'));
        }
        self.result.hidden = false;
    };

    Import.prototype.failed = function (error) {
        var errors = error && error.body && error.body.errors ? error.body.errors : [];
        this.status.textContent = http.errorText(error, this.text('error'));
        if (errors.length) {
            this.result.appendChild(this.problems(this.text('error'), errors, 'aui-message-error'));
            this.result.hidden = false;
            this.form.elements.yaml.setAttribute('aria-invalid', 'true');
            this.form.querySelector('[data-error-for="yaml"]').textContent = this.text('error');
        }
    };

    Import.prototype.check = function () {
        var self = this;
        var yaml = self.form.elements.yaml.value;
        self.clear();
        self.create.hidden = true;
        if (!yaml.trim()) {
            self.status.textContent = self.text('nothing');
            self.form.querySelector('[data-error-for="yaml"]').textContent = self.text('nothing');
            self.form.elements.yaml.setAttribute('aria-invalid', 'true');
            self.form.elements.yaml.focus();
            return;
        }
        self.status.textContent = self.text('checking');
        http.sendText('POST', self.url(true), yaml, YAML).then(function (answer) {
            self.checked = yaml;
            self.status.textContent = self.text('checked');
            self.showChecked(answer);
            self.create.hidden = false;
            self.result.focus();
        }).catch(function (error) {
            self.failed(error);
        });
    };

    Import.prototype.createDraft = function () {
        var self = this;
        self.status.textContent = self.text('creating');
        http.sendText('POST', self.url(false), self.checked, YAML).then(function (answer) {
            window.location.assign(self.entryPattern.replace('{key}', encodeURIComponent(answer.solution.key)));
        }).catch(function (error) {
            self.clear();
            self.failed(error);
        });
    };

    Import.prototype.readFile = function (file) {
        var self = this;
        if (!file) {
            return;
        }
        if (file.size > MAX_BYTES) {
            self.status.textContent = self.text('too-large');
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            self.form.elements.yaml.value = String(reader.result);
            self.create.hidden = true;
            self.check();
        };
        reader.onerror = function () {
            self.status.textContent = self.text('read-error');
        };
        reader.readAsText(file);
    };

    Import.prototype.start = function () {
        var self = this;
        self.form.hidden = false;
        self.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.check();
        });
        self.form.elements.file.addEventListener('change', function () {
            self.readFile(self.form.elements.file.files[0]);
        });
        self.form.elements.yaml.addEventListener('input', function () {
            self.create.hidden = true;
        });
        self.create.addEventListener('click', function () {
            self.createDraft();
        });
    };

    dom.startEach('[data-cc-import]', function (root) {
        new Import(root).start();
    });
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
