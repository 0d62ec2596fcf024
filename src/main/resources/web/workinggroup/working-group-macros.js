/*
 * Working-group macros on screen: the request-to-join form of cc-working-group, the report form of cc-status-report
 * (both sent as JSON, so Confluence's XSRF rules hold) and column sorting of cc-portfolio.
 * Every text shown comes from the page (data-text-* attributes rendered by the server from i18n).
 */
(function () {
    'use strict';

    var http = window.ConnectedCouncils.http;
    var element = window.ConnectedCouncils.dom.element;

    function feedback(root, text) {
        var node = root.querySelector('.cc-wg-feedback');
        if (node) {
            node.textContent = text == null ? '' : String(text);
        }
    }

    function field(form, name) {
        var input = form.elements[name];
        return input ? String(input.value || '').trim() : '';
    }

    /**
     * On submit, posts what {@code bodyOf} reads from the form as JSON to {@code path}, the button disabled while it
     * runs; {@code saved} gets the body and the button, a failure shows the error and enables the button again.
     */
    function postOnSubmit(root, form, path, bodyOf, saved) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = bodyOf();
            var button = form.querySelector('button[type="submit"]');
            button.disabled = true;
            http.requestJson('POST', http.contextPath() + path, body)
                .then(function () {
                    saved(body, button);
                })
                .catch(function (error) {
                    feedback(root, http.errorText(error, root.getAttribute('data-text-error')));
                    button.disabled = false;
                });
        });
    }

    // ---- cc-working-group ------------------------------------------------------------------------------------

    function initGroup(root) {
        var form = root.querySelector('.cc-working-group-join');
        if (!form) {
            return;
        }
        postOnSubmit(root, form, root.getAttribute('data-rest') + '/join-requests', function () {
            return {council: field(form, 'council')};
        }, function () {
            feedback(root, root.getAttribute('data-text-requested'));
            form.hidden = true;
        });
    }

    // ---- cc-status-report ------------------------------------------------------------------------------------

    var LOZENGES = {
        red: 'aui-lozenge aui-lozenge-removed cc-rag-red',
        amber: 'aui-lozenge aui-lozenge-moved cc-rag-amber',
        green: 'aui-lozenge aui-lozenge-success cc-rag-green'
    };

    /** The saved report as a history item: RAG lozenge (label taken from the form), date and summary as text. */
    function reportItem(report, ragLabel) {
        var item = element('li', null, 'cc-status-report-item');
        var heading = element('p', null, 'cc-wg-report-heading');
        heading.appendChild(element('span', ragLabel, LOZENGES[report.rag] || 'aui-lozenge'));
        heading.appendChild(document.createTextNode(' '));
        heading.appendChild(element('span', report.date, 'cc-wg-date'));
        item.appendChild(heading);
        item.appendChild(element('p', report.summary, 'cc-wg-report-summary'));
        return item;
    }

    function initReport(root) {
        var form = root.querySelector('.cc-status-report-form');
        if (!form) {
            return;
        }
        var checked = null;
        postOnSubmit(root, form, root.getAttribute('data-rest'), function () {
            checked = form.querySelector('input[name="rag"]:checked');
            return {
                date: field(form, 'reportDate'),
                rag: checked ? checked.value : '',
                summary: field(form, 'summary'),
                achievements: field(form, 'achievements'),
                nextSteps: field(form, 'nextSteps'),
                risks: field(form, 'risks')
            };
        }, function (body, button) {
            var list = root.querySelector('.cc-status-report-history');
            var label = checked ? form.querySelector('label[for="' + checked.id + '"]') : null;
            list.insertBefore(reportItem(body, label ? label.textContent : body.rag), list.firstChild);
            feedback(root, root.getAttribute('data-text-saved'));
            form.reset();
            button.disabled = false;
        });
    }

    // ---- cc-portfolio ----------------------------------------------------------------------------------------

    function sortValue(row, sort) {
        if (sort === 'rag') {
            return row.getAttribute('data-rag');
        }
        if (sort === 'reported') {
            return row.getAttribute('data-reported');
        }
        return row.cells[0].textContent.trim().toLowerCase();
    }

    function initPortfolio(root) {
        var body = root.querySelector('tbody');
        var headers = root.querySelectorAll('th[data-sort]');
        Array.prototype.forEach.call(headers, function (header) {
            var sort = header.getAttribute('data-sort');
            if (!sort) {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button aui-button-link cc-portfolio-sort';
            while (header.firstChild) {
                button.appendChild(header.firstChild);
            }
            header.appendChild(button);
            header.setAttribute('aria-sort', 'none');
            button.addEventListener('click', function () {
                var ascending = header.getAttribute('aria-sort') !== 'ascending';
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                    var x = sortValue(a, sort);
                    var y = sortValue(b, sort);
                    var order = x < y ? -1 : (x > y ? 1 : 0);
                    return ascending ? order : -order;
                });
                rows.forEach(function (row) {
                    body.appendChild(row);
                });
                Array.prototype.forEach.call(headers, function (other) {
                    other.setAttribute('aria-sort', 'none');
                });
                header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            });
        });
    }

    window.ConnectedCouncils.dom.startEach('[data-cc-working-group]', initGroup);
    window.ConnectedCouncils.dom.startEach('[data-cc-status-report]', initReport);
    window.ConnectedCouncils.dom.startEach('[data-cc-portfolio]', initPortfolio);
}());
