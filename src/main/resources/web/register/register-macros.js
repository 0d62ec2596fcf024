/*
 * Register macros on screen: live filters, search, sorting and paging for cc-register (state kept in the URL query
 * as cc.* parameters, so a filtered view can be shared), and the adoption actions of cc-solution.
 * Every text shown comes from the page (data-text-* attributes and option labels rendered by the server from i18n).
 */
(function () {
    'use strict';

    var PREFIX = 'cc.';
    var LOZENGES = {
        concept: 'aui-lozenge aui-lozenge-subtle',
        discovery: 'aui-lozenge aui-lozenge-new',
        alpha: 'aui-lozenge aui-lozenge-moved',
        beta: 'aui-lozenge aui-lozenge-current',
        live: 'aui-lozenge aui-lozenge-success',
        retired: 'aui-lozenge'
    };

    /** The lozenge of an entry due for confirmation (RegisterVocabulary.CONFIRMATION_DUE_LOZENGE on the server). */
    var DUE_LOZENGE = 'aui-lozenge aui-lozenge-subtle aui-lozenge-moved cc-confirmation-due';

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    function format(pattern, args) {
        return String(pattern || '').replace(/\{(\d+)\}/g, function (match, index) {
            return args[index] !== undefined ? String(args[index]) : match;
        });
    }

    function span(text, cssClass) {
        var node = document.createElement('span');
        node.className = cssClass;
        node.textContent = text == null ? '' : String(text);
        return node;
    }

    /** A link to an entry's own page; the address pattern (with {key}) comes from the server's data-entry-url. */
    function entryLink(text, pattern, key) {
        var node = document.createElement('a');
        node.className = 'cc-name';
        node.href = String(pattern || '').replace('{key}', encodeURIComponent(key == null ? '' : String(key)));
        node.textContent = text == null ? '' : String(text);
        return node;
    }

    function optionLabel(form, name, value) {
        var select = form.querySelector('select[name="' + name + '"]');
        var options = select ? select.options : [];
        for (var i = 0; i < options.length; i++) {
            if (options[i].value === value) {
                return options[i].textContent;
            }
        }
        return value;
    }

    function requestJson(method, url, body) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(url, init).then(function (response) {
            return response.text().then(function (text) {
                var json = text ? JSON.parse(text) : null;
                if (!response.ok) {
                    var error = new Error('HTTP ' + response.status);
                    error.body = json;
                    throw error;
                }
                return json;
            });
        });
    }

    function errorText(error, fallback) {
        var errors = error && error.body && error.body.errors;
        return errors && errors.length && errors[0].message ? errors[0].message : fallback;
    }

    // ---- cc-register ------------------------------------------------------------------------------------------

    function RegisterTable(root) {
        this.root = root;
        this.form = root.querySelector('.cc-register-filters');
        this.table = root.querySelector('.cc-register-table');
        this.tbody = this.table.querySelector('tbody');
        this.empty = root.querySelector('.cc-register-empty');
        this.status = root.querySelector('.cc-register-status');
        this.pager = root.querySelector('.cc-register-pager');
        this.previous = root.querySelector('.cc-register-previous');
        this.next = root.querySelector('.cc-register-next');
        this.csv = root.querySelector('.cc-register-csv');
        this.columns = (root.getAttribute('data-columns') || '').split(',');
        this.entryUrl = root.getAttribute('data-entry-url') || '';
        this.pageSize = parseInt(root.getAttribute('data-page-size'), 10) || 25;
        this.total = parseInt(root.getAttribute('data-total'), 10) || 0;
        this.defaults = this.readForm(true);
        this.state = this.defaults;
        this.timer = null;
    }

    RegisterTable.prototype.text = function (name) {
        return this.root.getAttribute('data-text-' + name) || '';
    };

    RegisterTable.prototype.readForm = function (initial) {
        var form = this.form;
        var state = {q: form.elements.q.value, start: 0};
        ['phase', 'serviceArea', 'kind', 'offer', 'sort'].forEach(function (name) {
            var select = form.elements[name];
            var value = initial ? select.getAttribute('data-value') || '' : select.value;
            state[name] = value ? value.split(',') : [];
        });
        return state;
    };

    RegisterTable.prototype.writeForm = function () {
        var form = this.form;
        var state = this.state;
        form.elements.q.value = state.q;
        ['phase', 'serviceArea', 'kind', 'offer', 'sort'].forEach(function (name) {
            form.elements[name].value = state[name].length === 1 ? state[name][0] : '';
        });
    };

    RegisterTable.prototype.fromUrl = function () {
        var params = new URLSearchParams(window.location.search);
        var found = false;
        var state = JSON.parse(JSON.stringify(this.defaults));
        params.forEach(function (value, key) {
            if (key.indexOf(PREFIX) !== 0) {
                return;
            }
            var name = key.substring(PREFIX.length);
            found = true;
            if (name === 'q') {
                state.q = value;
            } else if (name === 'start') {
                state.start = Math.max(0, parseInt(value, 10) || 0);
            } else if (Object.prototype.hasOwnProperty.call(state, name)) {
                state[name] = value ? value.split(',') : [];
            }
        });
        return found ? state : null;
    };

    RegisterTable.prototype.toUrl = function () {
        var params = new URLSearchParams(window.location.search);
        var keys = [];
        params.forEach(function (value, key) {
            if (key.indexOf(PREFIX) === 0) {
                keys.push(key);
            }
        });
        keys.forEach(function (key) {
            params.delete(key);
        });
        var state = this.state;
        if (state.q) {
            params.set(PREFIX + 'q', state.q);
        }
        ['phase', 'serviceArea', 'kind', 'offer', 'sort'].forEach(function (name) {
            if (state[name].length) {
                params.set(PREFIX + name, state[name].join(','));
            }
        });
        if (state.start) {
            params.set(PREFIX + 'start', String(state.start));
        }
        var query = params.toString();
        window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') +
            window.location.hash);
    };

    /** Column codes of the CSV export for the table's columns (GET /solutions.csv?columns=…). */
    var CSV_COLUMNS = {owner: 'ownerCouncil', adoptions: 'adoptionsUsing'};

    RegisterTable.prototype.filterParams = function () {
        var state = this.state;
        var params = new URLSearchParams();
        ['phase', 'kind'].forEach(function (name) {
            state[name].forEach(function (value) {
                params.append(name, value);
            });
        });
        ['serviceArea', 'offer', 'sort'].forEach(function (name) {
            if (state[name].length) {
                params.set(name, state[name][0]);
            }
        });
        var council = this.root.getAttribute('data-council');
        if (council) {
            params.set('council', council);
        }
        if (state.q) {
            params.set('q', state.q);
        }
        params.set('state', 'published');
        return params;
    };

    RegisterTable.prototype.restUrl = function () {
        var params = this.filterParams();
        params.set('start', String(this.state.start));
        params.set('limit', String(this.pageSize));
        return contextPath() + this.root.getAttribute('data-rest') + '?' + params.toString();
    };

    /** The CSV export of the current filters and sort, with the table's columns and every page. */
    RegisterTable.prototype.csvUrl = function () {
        var params = this.filterParams();
        params.set('columns', this.columns.map(function (column) {
            return CSV_COLUMNS[column] || column;
        }).join(','));
        return contextPath() + this.root.getAttribute('data-rest') + '.csv?' + params.toString();
    };

    RegisterTable.prototype.updateCsvLink = function () {
        if (this.csv) {
            this.csv.setAttribute('href', this.csvUrl());
        }
    };

    RegisterTable.prototype.apply = function () {
        this.state = this.readForm(false);
        this.load();
    };

    RegisterTable.prototype.load = function () {
        var self = this;
        self.toUrl();
        self.updateCsvLink();
        self.status.textContent = self.text('loading');
        self.root.setAttribute('aria-busy', 'true');
        requestJson('GET', self.restUrl()).then(function (page) {
            self.render(page);
        }).catch(function (error) {
            self.status.textContent = errorText(error, self.text('error'));
        }).then(function () {
            self.root.removeAttribute('aria-busy');
        });
    };

    RegisterTable.prototype.cell = function (column, solution) {
        var form = this.form;
        var adoptions = solution.adoptions || {};
        switch (column) {
            case 'key':
                return [span(solution.key, 'cc-key')];
            case 'name':
                return [entryLink(solution.name, this.entryUrl, solution.key), span(solution.key, 'cc-key')]
                    .concat(solution.confirmationDue ? [span(this.text('due'), DUE_LOZENGE)] : []);
            case 'summary':
                return [span(solution.summary, 'cc-summary')];
            case 'phase':
                return [span(optionLabel(form, 'phase', solution.phase), LOZENGES[solution.phase] || 'aui-lozenge')];
            case 'kind':
                return [span(optionLabel(form, 'kind', solution.kind), 'cc-kind')];
            case 'owner':
                return [span(solution.ownerCouncil ? solution.ownerCouncil.name : '', 'cc-owner')];
            case 'serviceAreas':
                return (solution.serviceAreas || []).map(function (area) {
                    return span(optionLabel(form, 'serviceArea', area), 'cc-tag');
                });
            case 'offers':
                return (solution.offers || []).map(function (offer) {
                    return span(optionLabel(form, 'offer', offer), 'cc-tag');
                });
            case 'adoptions':
                return [span(format(this.text('using'), [adoptions.using || 0]), 'cc-adoptions')];
            case 'updated':
                return [span(solution.updated ? new Date(solution.updated).toLocaleDateString() : '', 'cc-date')];
            default:
                return [];
        }
    };

    RegisterTable.prototype.render = function (page) {
        var self = this;
        var results = page.results || [];
        self.total = page.total || 0;
        while (self.tbody.firstChild) {
            self.tbody.removeChild(self.tbody.firstChild);
        }
        results.forEach(function (solution) {
            var row = document.createElement('tr');
            row.setAttribute('data-key', solution.key);
            self.columns.forEach(function (column) {
                var td = document.createElement('td');
                td.setAttribute('data-column', column);
                self.cell(column, solution).forEach(function (node) {
                    td.appendChild(node);
                    td.appendChild(document.createTextNode(' '));
                });
                row.appendChild(td);
            });
            self.tbody.appendChild(row);
        });
        self.table.hidden = results.length === 0;
        self.empty.hidden = results.length !== 0;
        self.status.textContent = format(self.text('showing'), [results.length, self.total]);
        self.previous.disabled = self.state.start <= 0;
        self.next.disabled = self.state.start + results.length >= self.total;
        self.pager.hidden = self.total <= self.pageSize;
        self.updateSortHeaders();
    };

    RegisterTable.prototype.updateSortHeaders = function () {
        var sort = this.state.sort.length ? this.state.sort[0] : '';
        var descending = sort.charAt(0) === '-';
        var field = sort.replace(/^[-+]/, '');
        Array.prototype.forEach.call(this.table.querySelectorAll('th[data-sort-field]'), function (th) {
            var own = th.getAttribute('data-sort-field');
            th.setAttribute('aria-sort', own && own === field ? (descending ? 'descending' : 'ascending') : 'none');
        });
    };

    /** Sortable column headers become buttons: the same column again flips the direction. */
    RegisterTable.prototype.enableHeaderSort = function () {
        var self = this;
        Array.prototype.forEach.call(self.table.querySelectorAll('th[data-sort-field]'), function (th) {
            var field = th.getAttribute('data-sort-field');
            if (!field) {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button aui-button-link cc-register-sort';
            button.textContent = th.textContent;
            th.textContent = '';
            th.appendChild(button);
            button.addEventListener('click', function () {
                var current = self.state.sort.length ? self.state.sort[0] : '';
                var next = current === field ? '-' + field : field;
                self.form.elements.sort.value = next;
                self.apply();
            });
        });
    };

    RegisterTable.prototype.start = function () {
        var self = this;
        self.form.hidden = false;
        self.updateCsvLink();
        self.enableHeaderSort();
        self.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.apply();
        });
        Array.prototype.forEach.call(self.form.querySelectorAll('select'), function (select) {
            select.addEventListener('change', function () {
                self.apply();
            });
        });
        self.form.elements.q.addEventListener('input', function () {
            window.clearTimeout(self.timer);
            self.timer = window.setTimeout(function () {
                self.apply();
            }, 350);
        });
        self.root.querySelector('.cc-register-clear').addEventListener('click', function () {
            self.state = {q: '', start: 0, phase: [], serviceArea: [], kind: [], offer: [], sort: self.defaults.sort};
            self.writeForm();
            self.load();
        });
        self.previous.addEventListener('click', function () {
            self.state.start = Math.max(0, self.state.start - self.pageSize);
            self.load();
        });
        self.next.addEventListener('click', function () {
            self.state.start += self.pageSize;
            self.load();
        });
        var shared = self.fromUrl();
        if (shared) {
            self.state = shared;
            self.writeForm();
            self.load();
        } else {
            self.writeForm();
            self.previous.disabled = true;
            self.next.disabled = self.total <= self.pageSize;
            self.pager.hidden = self.total <= self.pageSize;
        }
    };

    // ---- cc-solution ------------------------------------------------------------------------------------------

    function SolutionCard(root) {
        this.root = root;
        this.rest = contextPath() + root.getAttribute('data-rest');
        this.feedback = root.querySelector('.cc-solution-feedback');
    }

    SolutionCard.prototype.say = function (text) {
        this.feedback.textContent = text;
    };

    SolutionCard.prototype.start = function () {
        var self = this;
        var form = self.root.querySelector('.cc-solution-declare');
        if (form) {
            form.hidden = false;
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var council = form.elements.council.value;
                requestJson('PUT', self.rest + '/adoptions/' + encodeURIComponent(council),
                    {state: form.elements.state.value}).then(function () {
                    self.say(self.root.getAttribute('data-text-saved'));
                }).catch(function (error) {
                    self.say(errorText(error, self.root.getAttribute('data-text-error')));
                });
            });
        }
        Array.prototype.forEach.call(self.root.querySelectorAll('.cc-solution-confirm-adoption'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                var council = button.getAttribute('data-council');
                requestJson('POST', self.rest + '/adoptions/' + encodeURIComponent(council) + '/confirm', {})
                    .then(function () {
                        var text = self.root.getAttribute('data-text-adoption-confirmed');
                        button.parentNode.textContent = text;
                        self.say(text);
                    }).catch(function (error) {
                        self.say(errorText(error, self.root.getAttribute('data-text-error')));
                    });
            });
        });
        var confirm = self.root.querySelector('.cc-solution-confirm');
        if (confirm) {
            confirm.hidden = false;
            confirm.querySelector('button').addEventListener('click', function () {
                requestJson('POST', self.rest + '/confirm', {}).then(function () {
                    var due = self.root.querySelector('.cc-solution-header .cc-confirmation-due');
                    if (due) {
                        due.remove();
                    }
                    self.say(self.root.getAttribute('data-text-confirmed'));
                }).catch(function (error) {
                    self.say(errorText(error, self.root.getAttribute('data-text-error')));
                });
            });
        }
    };

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-cc-register]'), function (root) {
            if (!root.getAttribute('data-cc-started')) {
                root.setAttribute('data-cc-started', 'true');
                new RegisterTable(root).start();
            }
        });
        Array.prototype.forEach.call(document.querySelectorAll('[data-cc-solution]'), function (root) {
            if (!root.getAttribute('data-cc-started')) {
                root.setAttribute('data-cc-started', 'true');
                new SolutionCard(root).start();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
