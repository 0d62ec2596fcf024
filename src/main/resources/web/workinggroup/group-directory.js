/*
 * cc-working-groups on screen: the filters live in the address as cc.* parameters (so a shared address shows the
 * same list); each change asks the server for the directory with those filters (GET /working-groups.html, rendered
 * by the macro's own template) and swaps in its list part. Every text comes from the page (data-text-* attributes).
 */
(function () {
    'use strict';

    var http = window.ConnectedCouncils.http;
    var dom = window.ConnectedCouncils.dom;
    var PREFIX = 'cc.';
    var NAMES = ['q', 'status', 'model', 'serviceArea', 'council', 'mine', 'sort'];

    function initDirectory(root) {
        var form = root.querySelector('.cc-groups-filters');
        var text = window.ConnectedCouncils.text.lookup(root);
        var state = {start: 0};

        NAMES.forEach(function (name) {
            var input = form.elements[name];
            if (input && input.tagName === 'SELECT') {
                input.value = input.getAttribute('data-value') || '';
            }
        });

        function readForm() {
            var next = {start: 0};
            NAMES.forEach(function (name) {
                var input = form.elements[name];
                next[name] = input ? String(input.value || '').trim() : '';
            });
            return next;
        }

        function writeForm() {
            NAMES.forEach(function (name) {
                var input = form.elements[name];
                if (input) {
                    input.value = state[name] || '';
                }
            });
        }

        function fromUrl() {
            var params = new URLSearchParams(window.location.search);
            var found = false;
            var next = readForm();
            params.forEach(function (value, key) {
                if (key.indexOf(PREFIX) !== 0) {
                    return;
                }
                var name = key.substring(PREFIX.length);
                if (name === 'start') {
                    next.start = Math.max(0, parseInt(value, 10) || 0);
                    found = true;
                } else if (NAMES.indexOf(name) >= 0) {
                    next[name] = value;
                    found = true;
                }
            });
            return found ? next : null;
        }

        function toUrl() {
            var params = new URLSearchParams(window.location.search);
            NAMES.concat(['start']).forEach(function (name) {
                params.delete(PREFIX + name);
            });
            NAMES.forEach(function (name) {
                if (state[name]) {
                    params.set(PREFIX + name, state[name]);
                }
            });
            if (state.start) {
                params.set(PREFIX + 'start', String(state.start));
            }
            var query = params.toString();
            window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') +
                window.location.hash);
        }

        function load() {
            var params = new URLSearchParams();
            NAMES.forEach(function (name) {
                if (state[name]) {
                    params.set(name, state[name]);
                }
            });
            params.set('start', String(state.start));
            var results = root.querySelector('.cc-groups-results');
            var status = root.querySelector('.cc-groups-status');
            toUrl();
            status.textContent = text('loading');
            root.setAttribute('aria-busy', 'true');
            http.requestHtml(http.contextPath() + root.getAttribute('data-rest') + '?' + params.toString())
                .then(function (html) {
                    var next = dom.fragment(html).querySelector('.cc-groups-results');
                    if (next) {
                        results.parentNode.replaceChild(document.importNode(next, true), results);
                    }
                })
                .catch(function (error) {
                    status.textContent = http.errorText(error, text('error'));
                })
                .then(function () {
                    root.removeAttribute('aria-busy');
                });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            state = readForm();
            load();
        });
        Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
            select.addEventListener('change', function () {
                state = readForm();
                load();
            });
        });
        root.querySelector('.cc-groups-clear').addEventListener('click', function () {
            state = {start: 0};
            writeForm();
            load();
        });
        root.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('.cc-groups-pager button[data-start]') : null;
            if (button) {
                state.start = parseInt(button.getAttribute('data-start'), 10) || 0;
                load();
            }
        });

        var shared = fromUrl();
        if (shared) {
            state = shared;
            writeForm();
            load();
        }
    }

    dom.startEach('[data-cc-groups]', initDirectory);
}());
