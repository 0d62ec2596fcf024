/*
 * The charter and history parts of cc-working-group: recording a council's commitment and the lead's met / at-risk
 * marks (JSON, so Confluence's XSRF rules hold; the page reloads to show the group as it now is), and the history's
 * older / newer buttons, which swap in the page of history the server renders. Texts come from the page.
 */
(function () {
    'use strict';

    var http = window.ConnectedCouncils.http;
    var dom = window.ConnectedCouncils.dom;
    var FEEDBACK_KEY = 'cc-working-group-feedback';

    function groupOf(node) {
        return node.closest('[data-cc-working-group]');
    }

    function feedback(group, text) {
        var node = group.querySelector('.cc-wg-feedback');
        if (node) {
            node.textContent = text == null ? '' : String(text);
        }
    }

    /** The label of the field the server's first error names, as a prefix (empty when none is on screen). */
    function fieldLabel(form, error) {
        var errors = error && error.body && error.body.errors;
        var name = errors && errors.length ? errors[0].field : null;
        var input = form && name ? form.elements[name] : null;
        var label = input && input.id ? form.querySelector('label[for="' + input.id + '"]') : null;
        return label ? label.textContent.trim() + ': ' : '';
    }

    function send(group, button, method, path, body, form) {
        button.disabled = true;
        http.requestJson(method, http.contextPath() + group.getAttribute('data-rest') + path, body)
            .then(function () {
                try {
                    window.sessionStorage.setItem(FEEDBACK_KEY, group.getAttribute('data-text-done'));
                } catch (e) {
                    // Storage may be off; the reloaded page simply shows no feedback.
                }
                window.location.reload();
            })
            .catch(function (error) {
                feedback(group, fieldLabel(form, error) + http.errorText(error, group.getAttribute('data-text-error')));
                button.disabled = false;
            });
    }

    function number(form, name) {
        var value = String(form.elements[name].value || '').trim();
        return value === '' ? null : Number(value);
    }

    function initCharter(section) {
        var group = groupOf(section);
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
                    }, form);
            });
        }
        Array.prototype.forEach.call(section.querySelectorAll('.cc-wg-mark'), function (button) {
            button.addEventListener('click', function () {
                var council = button.closest('tr').getAttribute('data-council');
                send(group, button, 'PUT', '/charter/' + encodeURIComponent(council) + '/progress',
                    {progress: button.getAttribute('data-progress')}, null);
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
