/*
 * Register macros on screen: live filters, search, sorting and paging for cc-register (state kept in the URL query
 * as cc.* parameters, so a filtered view can be shared), and the adoption actions of cc-solution. Later pages of the
 * table come from the server as rows rendered by the same template as the first page; the script only swaps them in.
 * Every text shown comes from the page (data-text-* attributes and option labels rendered by the server from i18n).
 */
(function () {
    'use strict';

    var http = window.ConnectedCouncils.http;
    var dom = window.ConnectedCouncils.dom;
    var PREFIX = 'cc.';

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
        this.text = window.ConnectedCouncils.text.lookup(root);
        this.pageSize = parseInt(root.getAttribute('data-page-size'), 10) || 25;
        this.total = parseInt(root.getAttribute('data-total'), 10) || 0;
        this.defaults = this.readForm(true);
        this.state = this.defaults;
        this.timer = null;
    }

    RegisterTable.prototype.readForm = function (initial) {
        var form = this.form;
        var state = {q: form.elements.q.value, start: 0};
        ['phase', 'serviceArea', 'kind', 'offer', 'sort'].forEach(function (name) {
            var select = form.elements[name];
            var value = initial ? select.getAttribute('data-value') || '' : select.value;
            state[name] = value ? value.split(',') : [];
        });
        // Councils like mine: the council compared with counts only while the box is ticked.
        var like = form.elements.like;
        if (initial && like) {
            like.value = like.getAttribute('data-value') || '';
        }
        state.like = like && form.elements.likeMine.checked && like.value ? [like.value] : [];
        state.sameNation = like && state.like.length && form.elements.sameNation.checked ? ['true'] : [];
        return state;
    };

    RegisterTable.prototype.writeForm = function () {
        var form = this.form;
        var state = this.state;
        form.elements.q.value = state.q;
        ['phase', 'serviceArea', 'kind', 'offer', 'sort'].forEach(function (name) {
            form.elements[name].value = state[name].length === 1 ? state[name][0] : '';
        });
        if (form.elements.like) {
            form.elements.likeMine.checked = state.like.length > 0;
            if (state.like.length) {
                form.elements.like.value = state.like[0];
            }
            form.elements.sameNation.checked = state.sameNation.length > 0;
        }
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
        ['phase', 'serviceArea', 'kind', 'offer', 'sort', 'like', 'sameNation'].forEach(function (name) {
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
        ['serviceArea', 'offer', 'sort', 'like', 'sameNation'].forEach(function (name) {
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

    /** The page of rows to show, rendered by the server as for the first page (GET /solutions.html). */
    RegisterTable.prototype.rowsUrl = function () {
        var params = this.filterParams();
        params.set('start', String(this.state.start));
        params.set('limit', String(this.pageSize));
        params.set('columns', this.columns.join(','));
        return http.contextPath() + this.root.getAttribute('data-rest') + '.html?' + params.toString();
    };

    /** The CSV export of the current filters and sort, with the table's columns and every page. */
    RegisterTable.prototype.csvUrl = function () {
        var params = this.filterParams();
        params.set('columns', this.columns.map(function (column) {
            return CSV_COLUMNS[column] || column;
        }).join(','));
        return http.contextPath() + this.root.getAttribute('data-rest') + '.csv?' + params.toString();
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
        http.requestHtml(self.rowsUrl()).then(function (html) {
            self.render(html);
        }).catch(function (error) {
            self.status.textContent = http.errorText(error, self.text('error'));
        }).then(function () {
            self.root.removeAttribute('aria-busy');
        });
    };

    /** Swaps in the rows of a page: a tbody whose data-total and data-status carry the count and the status line. */
    RegisterTable.prototype.render = function (html) {
        var page = dom.fragment(html).querySelector('tbody');
        var shown = page ? page.rows.length : 0;
        this.total = page ? parseInt(page.getAttribute('data-total'), 10) || 0 : 0;
        while (this.tbody.firstChild) {
            this.tbody.removeChild(this.tbody.firstChild);
        }
        while (page && page.firstChild) {
            this.tbody.appendChild(page.firstChild);
        }
        this.table.hidden = shown === 0;
        this.empty.hidden = shown !== 0;
        this.status.textContent = page ? page.getAttribute('data-status') : '';
        this.previous.disabled = this.state.start <= 0;
        this.next.disabled = this.state.start + shown >= this.total;
        this.pager.hidden = this.total <= this.pageSize;
        this.updateSortHeaders();
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
        Array.prototype.forEach.call(self.form.querySelectorAll('select, input[type="checkbox"]'), function (select) {
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
            self.state = {q: '', start: 0, phase: [], serviceArea: [], kind: [], offer: [], sort: self.defaults.sort,
                like: [], sameNation: []};
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
        this.rest = http.contextPath() + root.getAttribute('data-rest');
        this.feedback = root.querySelector('.cc-solution-feedback');
    }

    /**
     * The declare form as the adoption body: the state, and the details (release, hosting, supplier, the adopter's
     * own annual saving in pounds) when the form has them, as on the entry page.
     */
    function declaration(form) {
        var body = {state: form.elements.state.value};
        ['release', 'hosting', 'supplier'].forEach(function (name) {
            if (form.elements[name] && form.elements[name].value.trim()) {
                body[name] = form.elements[name].value.trim();
            }
        });
        var saving = form.elements.annualSaving ? form.elements.annualSaving.value.replace(/[\s,£]/g, '') : '';
        if (saving) {
            body.annualSaving = {amount: /^\d+(\.\d{1,2})?$/.test(saving) ? Math.round(parseFloat(saving) * 100) : -1,
                currency: 'GBP'};
        }
        return body;
    }

    var KEPT = ['since', 'evidenceUrl', 'release', 'hosting', 'supplier', 'annualSaving'];

    /**
     * A PUT replaces the whole declaration, and the card's short form asks only for the state: the council's current
     * details (since, evidence, release, hosting, supplier, own saving) are read first and sent again, so declaring
     * from a card keeps what the entry page's fuller form recorded.
     */
    function keepingDetails(rest, council, body) {
        return http.requestJson('GET', rest + '/adoptions?limit=100').then(function (page) {
            var current = (page && page.results || []).filter(function (a) {
                return a.council && a.council.code === council;
            })[0];
            if (current) {
                KEPT.forEach(function (name) {
                    if (body[name] === undefined && current[name] != null) {
                        body[name] = current[name];
                    }
                });
            }
            return body;
        });
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
                keepingDetails(self.rest, council, declaration(form)).then(function (body) {
                    return http.requestJson('PUT', self.rest + '/adoptions/' + encodeURIComponent(council), body);
                }).then(function () {
                    self.say(self.root.getAttribute('data-text-saved'));
                }).catch(function (error) {
                    self.say(http.errorText(error, self.root.getAttribute('data-text-error')));
                });
            });
        }
        Array.prototype.forEach.call(self.root.querySelectorAll('.cc-solution-confirm-adoption'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                var council = button.getAttribute('data-council');
                http.requestJson('POST', self.rest + '/adoptions/' + encodeURIComponent(council) + '/confirm', {})
                    .then(function () {
                        var text = self.root.getAttribute('data-text-adoption-confirmed');
                        button.parentNode.textContent = text;
                        self.say(text);
                    }).catch(function (error) {
                        self.say(http.errorText(error, self.root.getAttribute('data-text-error')));
                    });
            });
        });
        Array.prototype.forEach.call(self.root.querySelectorAll('.cc-solution-reconfirm-adoption'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                var council = button.getAttribute('data-council');
                http.requestJson('POST', self.rest + '/adoptions/' + encodeURIComponent(council) + '/reconfirm', {})
                    .then(function () {
                        var text = self.root.getAttribute('data-text-adoption-reconfirmed');
                        var lapsed = button.closest('tr').querySelector('.cc-adoption-lapsed');
                        if (lapsed) {
                            lapsed.remove();
                        }
                        button.remove();
                        self.say(text);
                    }).catch(function (error) {
                        self.say(http.errorText(error, self.root.getAttribute('data-text-error')));
                    });
            });
        });
        var confirm = self.root.querySelector('.cc-solution-confirm');
        if (confirm) {
            confirm.hidden = false;
            confirm.querySelector('button').addEventListener('click', function () {
                http.requestJson('POST', self.rest + '/confirm', {}).then(function () {
                    var due = self.root.querySelector('.cc-solution-header .cc-confirmation-due');
                    if (due) {
                        due.remove();
                    }
                    self.say(self.root.getAttribute('data-text-confirmed'));
                }).catch(function (error) {
                    self.say(http.errorText(error, self.root.getAttribute('data-text-error')));
                });
            });
        }
    };

    dom.startEach('[data-cc-register]', function (root) {
        new RegisterTable(root).start();
    });
    dom.startEach('[data-cc-solution]', function (root) {
        new SolutionCard(root).start();
    });
}());
