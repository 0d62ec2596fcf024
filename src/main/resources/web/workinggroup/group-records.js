/*
 * The charter and history parts of cc-working-group: recording a council's commitment and the lead's met / at-risk
 * marks (JSON, so Confluence's XSRF rules hold; sent as the lead's panel sends its actions), and the history's
 * older / newer buttons, which swap in the page of history the server renders. Texts come from the page.
 */
(function () {
    'use strict';

    var http = window.ConnectedCouncils.http;
    var dom = window.ConnectedCouncils.dom;

    function groupOf(node) {
        return node.closest('[data-cc-working-group]');
    }

    function feedback(group, text) {
        var node = group.querySelector('.cc-wg-feedback');
        if (node) {
            node.textContent = text == null ? '' : String(text);
        }
    }

    /** One action, as the lead's panel sends it: the page reloads on success, the reason is shown on failure. */
    function send(group, button, method, path, body) {
        window.ConnectedCouncils.workingGroups.act(group, button, method, path, body);
    }

    function number(form, name) {
        var value = String(form.elements[name].value || '').trim();
        return value === '' ? null : Number(value);
    }

    function initCharter(section) {
        var group = groupOf(section);
        var csv = section.querySelector('.cc-wg-charter-csv');
        if (csv) {
            csv.setAttribute('href', http.contextPath() + csv.getAttribute('data-path'));
        }
        var form = section.querySelector('.cc-wg-commit');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var council = form.elements.council.value;
                var agreed = String(form.elements.agreedOn.value || '').trim();
                send(group, form.querySelector('button[type="submit"]'), 'PUT',
                    '/charter/' + encodeURIComponent(council), {
                        peopleDaysPerMonth: number(form, 'peopleDaysPerMonth'),
                        moneyPerYear: number(form, 'moneyPerYear'),
                        role: String(form.elements.role.value || '').trim() || null,
                        agreedOn: agreed === '' ? null : agreed
                    });
            });
        }
        Array.prototype.forEach.call(section.querySelectorAll('.cc-wg-mark'), function (button) {
            button.addEventListener('click', function () {
                var council = button.closest('tr').getAttribute('data-council');
                send(group, button, 'PUT', '/charter/' + encodeURIComponent(council) + '/progress',
                    {progress: button.getAttribute('data-progress')});
            });
        });
    }

    function initHistory(section) {
        var group = groupOf(section);
        section.addEventListener('click', function (event) {
            var button = event.target.closest('.cc-wg-history-more');
            if (!button) {
                return;
            }
            var current = section.querySelector('.cc-wg-history-page');
            button.disabled = true;
            section.setAttribute('aria-busy', 'true');
            http.requestHtml(http.contextPath() + current.getAttribute('data-rest') + '?start='
                    + encodeURIComponent(button.getAttribute('data-start')))
                .then(function (html) {
                    var next = dom.fragment(html).querySelector('.cc-wg-history-page');
                    if (next) {
                        current.parentNode.replaceChild(document.importNode(next, true), current);
                        var table = section.querySelector('.cc-wg-history-table');
                        if (table) {
                            table.setAttribute('tabindex', '-1');
                            table.focus();
                        }
                    }
                })
                .catch(function (error) {
                    feedback(group, http.errorText(error, group.getAttribute('data-text-error')));
                    button.disabled = false;
                })
                .then(function () {
                    section.removeAttribute('aria-busy');
                });
        });
    }

    dom.startEach('.cc-wg-charter', initCharter);
    dom.startEach('.cc-wg-history', initHistory);
}());
