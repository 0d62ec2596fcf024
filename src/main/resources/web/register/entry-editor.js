/*
 * The entry editor: reads an existing entry from the REST API into the form, sends the whole form back as JSON
 * (POST for a new draft, PUT with the version read for an edit), shows each server error next to its field and in a
 * summary, and never clears what was typed when a save fails. A save against an older version shows what the other
 * person changed beside what this person typed, and lets them re-apply their own changes onto the stored entry or
 * load the stored entry instead.
 * While the name and summary are typed, a panel offers similar entries (it never blocks saving).
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var dom = cc.dom;
    var TEXTS = ['name', 'summary', 'description', 'citizenOutcomes', 'keyContact', 'landingUrl', 'repositoryUrl',
        'licence', 'reuse.contact', 'reuse.dpiaUrl', 'reuse.accessibilityStatementUrl', 'reuse.adopterNeeds'];
    var SELECTS = ['kind', 'phase', 'ownerCouncil', 'softwareType', 'maintenance', 'budgetBand', 'reuse.support',
        'reuse.procurementRoute', 'reuse.dpiaAvailable'];
    var CHECKS = ['serviceAreas', 'offers', 'reuse.hostingOptions'];
    var LISTS = ['platforms', 'categories'];
    var MONEY = ['oneOffCost', 'annualRunningCost', 'annualSaving', 'reuse.adoptionOneOffCost',
        'reuse.adoptionAnnualCost'];
    var REUSE = 'reuse.';
    var DEBOUNCE_MS = 400;
    var SIMILAR_MIN = 3;

    function Editor(root) {
        this.root = root;
        this.form = root.querySelector('.cc-editor-form');
        this.mode = root.getAttribute('data-mode');
        this.key = root.getAttribute('data-key');
        this.rest = http.contextPath() + root.getAttribute('data-rest');
        this.entryPattern = root.getAttribute('data-entry-pattern');
        this.text = cc.text.lookup(root);
        this.status = root.querySelector('.cc-editor-status');
        this.summary = root.querySelector('.cc-editor-summary');
        this.conflict = root.querySelector('.cc-editor-conflict');
        this.similar = new cc.similar.Panel(root.querySelector('.cc-similar'), root.getAttribute('data-similar'),
            this.entryPattern, this.text);
        this.version = null;
        this.base = null;
        this.timer = null;
    }

    function blank(value) {
        var v = value === undefined || value === null ? '' : String(value).trim();
        return v === '' ? null : v;
    }

    function splitList(value) {
        return String(value || '').split(',').map(function (v) {
            return v.trim();
        }).filter(function (v) {
            return v !== '';
        });
    }

    /** An amount typed in major units ("12,500.50") as minor units, null when empty, NaN when unreadable. */
    function minorUnits(value) {
        var v = String(value || '').replace(/[\s,]/g, '');
        if (v === '') {
            return null;
        }
        if (!/^\d+(\.\d{1,2})?$/.test(v)) {
            return NaN;
        }
        return Math.round(parseFloat(v) * 100);
    }

    function majorUnits(amount) {
        return amount === null || amount === undefined ? '' : String(amount / 100);
    }

    /** A value of the entry's JSON by form name ("reuse.support" is entry.reuse.support). */
    function valueOf(entry, name) {
        if (name.indexOf(REUSE) === 0) {
            return entry.reuse ? entry.reuse[name.substring(REUSE.length)] : null;
        }
        return entry[name];
    }

    /** The form's flat model as the REST body: the reuse terms go into their own object. */
    function toBody(input) {
        var body = {reuse: {}};
        Object.keys(input).forEach(function (name) {
            if (name.indexOf(REUSE) === 0) {
                body.reuse[name.substring(REUSE.length)] = input[name];
            } else {
                body[name] = input[name];
            }
        });
        var dpia = body.reuse.dpiaAvailable;
        body.reuse.dpiaAvailable = dpia === 'true' ? true : dpia === 'false' ? false : null;
        return body;
    }

    /** The REST shape of a stored entry, reduced to what the form edits (the same flat shape collect() gives). */
    function fromEntry(entry) {
        var input = {};
        TEXTS.concat(SELECTS).forEach(function (name) {
            input[name] = blank(valueOf(entry, name));
        });
        input.ownerCouncil = entry.ownerCouncil ? entry.ownerCouncil.code : null;
        CHECKS.concat(LISTS).forEach(function (name) {
            input[name] = (valueOf(entry, name) || []).slice().sort();
        });
        MONEY.forEach(function (name) {
            var money = valueOf(entry, name);
            input[name] = money ? {amount: money.amount, currency: money.currency} : null;
        });
        return input;
    }

    Editor.prototype.field = function (name) {
        return this.form.elements[name];
    };

    /** The checkboxes of a group. */
    Editor.prototype.boxes = function (name) {
        return this.form.querySelectorAll('input[name="' + CSS.escape(name) + '"]');
    };

    Editor.prototype.fill = function (input) {
        var self = this;
        TEXTS.concat(SELECTS).forEach(function (name) {
            if (self.field(name)) {
                self.field(name).value = input[name] || '';
            }
        });
        CHECKS.forEach(function (name) {
            Array.prototype.forEach.call(self.boxes(name), function (box) {
                box.checked = (input[name] || []).indexOf(box.value) >= 0;
            });
        });
        LISTS.forEach(function (name) {
            self.field(name).value = (input[name] || []).join(', ');
        });
        var currency = null;
        MONEY.forEach(function (name) {
            self.field(name).value = input[name] ? majorUnits(input[name].amount) : '';
            currency = currency || (input[name] && input[name].currency);
        });
        if (currency) {
            self.field('currency').value = currency;
        }
    };

    /** The form as the REST body (without version); money errors are collected into {@code problems}. */
    Editor.prototype.collect = function (problems) {
        var self = this;
        var input = {};
        TEXTS.concat(SELECTS).forEach(function (name) {
            input[name] = blank(self.field(name).value);
        });
        CHECKS.forEach(function (name) {
            input[name] = Array.prototype.filter.call(self.boxes(name), function (box) {
                return box.checked;
            }).map(function (box) {
                return box.value;
            }).sort();
        });
        LISTS.forEach(function (name) {
            input[name] = splitList(self.field(name).value).sort();
        });
        var currency = blank(self.field('currency').value);
        MONEY.forEach(function (name) {
            var amount = minorUnits(self.field(name).value);
            if (amount !== amount) {
                problems.push({field: name, message: self.text('not-number')});
                amount = null;
            }
            input[name] = amount === null ? null : {amount: amount, currency: currency ? currency.toUpperCase() : null};
        });
        return input;
    };

    Editor.prototype.clearErrors = function () {
        Array.prototype.forEach.call(this.form.querySelectorAll('.cc-field-error'), function (box) {
            box.textContent = '';
        });
        Array.prototype.forEach.call(this.form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
        this.summary.hidden = true;
    };

    /** The error box of a field named by the server ("oneOffCost.amount" belongs to oneOffCost). */
    Editor.prototype.errorBox = function (field) {
        var name = String(field || '');
        var form = this.form;
        function find(n) {
            return form.querySelector('[data-error-for="' + CSS.escape(n) + '"]');
        }
        if (/\.currency$/.test(name) && !find(name)) {
            return find('currency');
        }
        var box = find(name);
        while (!box && name.lastIndexOf('.') > 0) {
            name = name.substring(0, name.lastIndexOf('.'));
            box = find(name);
        }
        return box;
    };

    /** Each error under its field (marked invalid) and all of them in the summary, which takes the focus. */
    Editor.prototype.showErrors = function (errors) {
        var self = this;
        var list = self.summary.querySelector('ul');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        errors.forEach(function (e) {
            var box = self.errorBox(e.field);
            var item = dom.element('li');
            if (box) {
                box.textContent = box.textContent ? box.textContent + ' ' + e.message : e.message;
                var group = box.closest('[data-field]');
                var control = group.matches('fieldset') ? group.querySelector('input') : group.querySelector(
                    'input, select, textarea');
                if (control) {
                    control.setAttribute('aria-invalid', 'true');
                }
                var label = group.matches('fieldset') ? group.querySelector('legend') : group.querySelector('label');
                var link = dom.element('a', (label ? label.textContent.replace(/\(.*\)\s*$/, '').trim() + ': ' : '') +
                    e.message);
                link.href = '#' + (control ? control.id : group.id);
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    if (control) {
                        control.focus();
                    }
                });
                item.appendChild(link);
            } else {
                item.textContent = e.message;
            }
            list.appendChild(item);
        });
        self.summary.querySelector('.title').textContent = self.text('error-summary', [errors.length]);
        self.summary.hidden = false;
        self.summary.focus();
    };

    Editor.prototype.save = function () {
        var self = this;
        self.clearErrors();
        self.conflict.hidden = true;
        var problems = [];
        var input = self.collect(problems);
        if (problems.length) {
            self.status.textContent = self.text('invalid');
            self.showErrors(problems);
            return;
        }
        self.status.textContent = self.text('saving');
        var call;
        if (self.mode === 'edit') {
            var body = toBody(input);
            body.version = self.version;
            call = http.requestJson('PUT', self.rest + '/' + encodeURIComponent(self.key), body);
        } else {
            call = http.requestJson('POST', self.rest, toBody(input));
        }
        call.then(function (saved) {
            self.status.textContent = self.text('saved');
            window.location.assign(self.entryPattern.replace('{key}', encodeURIComponent(saved.key)));
        }).catch(function (error) {
            var body = error.body || {};
            if (body.currentVersion !== undefined && body.currentVersion !== null) {
                self.status.textContent = self.text('conflict');
                self.showConflict(input);
            } else if (body.errors && body.errors.length && body.errors.some(function (e) {
                return e.field;
            })) {
                self.status.textContent = self.text('invalid');
                self.showErrors(body.errors);
            } else {
                self.status.textContent = http.errorText(error, self.text('error'));
            }
        });
    };

    Editor.prototype.label = function (name) {
        var group = this.form.querySelector('[data-field="' + CSS.escape(name) + '"]');
        var label = group && (group.matches('fieldset') ? group.querySelector('legend') : group.querySelector('label'));
        return label ? label.textContent.replace(/\(.*\)\s*$/, '').trim() : name;
    };

    function shown(value) {
        if (value === null || value === undefined) {
            return '';
        }
        if (Array.isArray(value)) {
            return value.join(', ');
        }
        if (typeof value === 'object') {
            return majorUnits(value.amount) + ' ' + (value.currency || '');
        }
        return String(value);
    }

    /** What the other person changed since this form was loaded, beside what this person typed. */
    Editor.prototype.showConflict = function (mine) {
        var self = this;
        http.requestJson('GET', self.rest + '/' + encodeURIComponent(self.key)).then(function (current) {
            var theirs = fromEntry(current);
            var rows = self.conflict.querySelector('tbody');
            while (rows.firstChild) {
                rows.removeChild(rows.firstChild);
            }
            Object.keys(theirs).forEach(function (name) {
                if (JSON.stringify(theirs[name]) === JSON.stringify(self.base[name])) {
                    return;
                }
                var row = dom.element('tr', null, 'cc-conflict-row');
                row.setAttribute('data-field', name);
                var head = dom.element('th', self.label(name));
                head.scope = 'row';
                row.appendChild(head);
                row.appendChild(dom.element('td', shown(theirs[name])));
                row.appendChild(dom.element('td', shown(mine[name])));
                rows.appendChild(row);
            });
            if (!rows.firstChild) {
                var none = dom.element('tr');
                var cell = dom.element('td', self.text('conflict-none'));
                cell.colSpan = 3;
                none.appendChild(cell);
                rows.appendChild(none);
            }
            self.pending = {current: current, theirs: theirs, mine: mine};
            self.conflict.hidden = false;
            self.conflict.focus();
        }).catch(function (error) {
            self.status.textContent = http.errorText(error, self.text('error'));
        });
    };

    /**
     * The stored entry with this person's own changes on top: each field they changed since loading the form takes
     * their value, every other field the stored one. Then it saves against the stored version.
     */
    Editor.prototype.reapply = function () {
        var self = this;
        var pending = self.pending;
        var merged = {};
        Object.keys(pending.theirs).forEach(function (name) {
            var changedHere = JSON.stringify(pending.mine[name]) !== JSON.stringify(self.base[name]);
            merged[name] = changedHere ? pending.mine[name] : pending.theirs[name];
        });
        self.version = pending.current.version;
        self.base = pending.theirs;
        self.fill(merged);
        self.conflict.hidden = true;
        self.save();
    };

    Editor.prototype.discard = function () {
        var pending = this.pending;
        this.version = pending.current.version;
        this.base = pending.theirs;
        this.fill(pending.theirs);
        this.conflict.hidden = true;
        this.status.textContent = '';
        this.field('name').focus();
    };

    Editor.prototype.askSimilar = function () {
        var self = this;
        window.clearTimeout(self.timer);
        self.timer = window.setTimeout(function () {
            var name = self.field('name').value.trim();
            var summary = self.field('summary').value.trim();
            if (name.length < SIMILAR_MIN && summary.length < SIMILAR_MIN) {
                self.similar.render([]);
                return;
            }
            var problems = [];
            self.similar.query({name: name, summary: summary, serviceAreas: self.collect(problems).serviceAreas,
                exclude: self.key || null});
        }, DEBOUNCE_MS);
    };

    Editor.prototype.start = function () {
        var self = this;
        self.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        ['name', 'summary'].forEach(function (name) {
            self.field(name).addEventListener('input', function () {
                self.askSimilar();
            });
        });
        self.conflict.querySelector('.cc-conflict-reapply').addEventListener('click', function () {
            self.reapply();
        });
        self.conflict.querySelector('.cc-conflict-discard').addEventListener('click', function () {
            self.discard();
        });
        if (self.mode !== 'edit') {
            self.field('currency').value = 'GBP';
            self.form.hidden = false;
            return;
        }
        self.status.textContent = self.text('loading');
        self.form.hidden = false;
        http.requestJson('GET', self.rest + '/' + encodeURIComponent(self.key)).then(function (entry) {
            self.version = entry.version;
            self.base = fromEntry(entry);
            self.fill(self.base);
            self.status.textContent = '';
        }).catch(function (error) {
            self.status.textContent = http.errorText(error, self.text('error'));
        });
    };

    dom.startEach('[data-cc-editor]', function (root) {
        new Editor(root).start();
    });
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
