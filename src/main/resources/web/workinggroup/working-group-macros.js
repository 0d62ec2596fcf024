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

    var FEEDBACK_KEY = 'cc-working-group-feedback';

    /**
     * Sends one action of the lead's or member's panel; on success the page reloads to show the group as it now is
     * (the feedback kept for the reloaded page), on failure the server's reason is shown and the button enabled.
     */
    function act(root, button, method, path, body) {
        actAt(root, root.getAttribute('data-rest'), button, method, path, body);
    }

    /** As {@code act}, for a component whose items each name their own group's REST path. */
    function actAt(root, rest, button, method, path, body) {
        button.disabled = true;
        http.requestJson(method, http.contextPath() + rest + path, body)
            .then(function () {
                try {
                    window.sessionStorage.setItem(FEEDBACK_KEY, root.getAttribute('data-text-done'));
                } catch (e) {
                    // Storage may be off; the reloaded page simply shows no feedback.
                }
                window.location.reload();
            })
            .catch(function (error) {
                feedback(root, fieldLabel(button, error) + http.errorText(error, root.getAttribute('data-text-error')));
                button.disabled = false;
            });
    }

    /** The label of the form field the server's first error names, as a prefix (empty when none is on screen). */
    function fieldLabel(button, error) {
        var errors = error && error.body && error.body.errors;
        var form = button.closest('form');
        var name = errors && errors.length ? errors[0].field : null;
        var input = form && name ? form.elements[name] : null;
        var label = input && input.id ? form.querySelector('label[for="' + input.id + '"]') : null;
        return label ? label.textContent.trim() + ': ' : '';
    }

    /** Fills the datalist of a type-ahead input from the directory or the register as the person types. */
    function typeahead(input) {
        var list = document.getElementById(input.getAttribute('list'));
        var source = input.getAttribute('data-typeahead');
        var timer = null;
        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            var words = input.value.trim();
            if (words.length < 2) {
                return;
            }
            timer = window.setTimeout(function () {
                var url = http.contextPath() + '/rest/connected-councils/1.0/' + source + '?limit=10&q='
                    + encodeURIComponent(words);
                http.requestJson('GET', url).then(function (page) {
                    while (list.firstChild) {
                        list.removeChild(list.firstChild);
                    }
                    (page && page.results || []).forEach(function (item) {
                        var option = element('option', item.name);
                        option.value = source === 'councils' ? item.code : item.key;
                        list.appendChild(option);
                    });
                }).catch(function () {
                    // A failed suggestion leaves the list as it was; typing a code still works.
                });
            }, 250);
        });
    }

    function selectValues(root) {
        Array.prototype.forEach.call(root.querySelectorAll('select[data-value]'), function (select) {
            select.value = select.getAttribute('data-value');
        });
        Array.prototype.forEach.call(root.querySelectorAll('select[data-values]'), function (select) {
            var chosen = select.getAttribute('data-values').split(',');
            Array.prototype.forEach.call(select.options, function (option) {
                option.selected = chosen.indexOf(option.value) >= 0;
            });
        });
    }

    function onSubmit(form, send) {
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send(form.querySelector('button[type="submit"]'));
            });
        }
    }

    function onClick(root, action, send) {
        Array.prototype.forEach.call(root.querySelectorAll('[data-action="' + action + '"]'), function (button) {
            if (button.type !== 'submit') {
                button.addEventListener('click', function () {
                    send(button);
                });
            }
        });
    }

    function linkedKeys(form) {
        return Array.prototype.map.call(form.querySelectorAll('.cc-wg-linked-list li'), function (item) {
            return item.getAttribute('data-key');
        });
    }

    function initDetails(root) {
        var form = root.querySelector('.cc-wg-details');
        if (!form) {
            return;
        }
        var list = form.querySelector('.cc-wg-linked-list');
        form.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button) {
                return;
            }
            if (button.getAttribute('data-action') === 'unlink') {
                list.removeChild(button.closest('li'));
            } else if (button.getAttribute('data-action') === 'link') {
                var input = form.querySelector('[data-typeahead="solutions"]');
                var key = input.value.trim().toUpperCase();
                if (key && linkedKeys(form).indexOf(key) < 0) {
                    var item = element('li');
                    item.setAttribute('data-key', key);
                    item.appendChild(element('span', key));
                    list.appendChild(item);
                }
                input.value = '';
            }
        });
        onSubmit(form, function (button) {
            var areas = form.elements.serviceAreas;
            act(root, button, 'PUT', '', {
                version: Number(form.getAttribute('data-version')),
                name: field(form, 'name'),
                aim: field(form, 'aim'),
                model: field(form, 'model'),
                cadence: field(form, 'cadence'),
                exitCriteria: field(form, 'exitCriteria'),
                serviceAreas: Array.prototype.filter.call(areas.options, function (o) {
                    return o.selected;
                }).map(function (o) {
                    return o.value;
                }),
                linkedSolutions: linkedKeys(form)
            });
        });
    }

    function initLeadPanel(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.cc-wg-decide'), function (form) {
            var path = '/join-requests/' + form.getAttribute('data-id');
            form.querySelector('[data-action="approve"]').addEventListener('click', function (event) {
                act(root, event.currentTarget, 'POST', path + '/approve', {});
            });
            onSubmit(form, function (button) {
                act(root, button, 'POST', path + '/decline', {reason: field(form, 'reason')});
            });
        });
        var invite = root.querySelector('.cc-wg-invite');
        onSubmit(invite, function (button) {
            act(root, button, 'POST', '/invitations', {
                council: field(invite, 'council').toUpperCase(), role: field(invite, 'role')});
        });
        var offer = root.querySelector('.cc-wg-offer-lead');
        onSubmit(offer, function (button) {
            act(root, button, 'POST', '/invitations', {council: field(offer, 'council'), role: 'lead'});
        });
        Array.prototype.forEach.call(root.querySelectorAll('.cc-wg-member-table tr[data-council]'), function (row) {
            var path = '/members/' + encodeURIComponent(row.getAttribute('data-council'));
            onClick(row, 'role', function (button) {
                act(root, button, 'PUT', path, {role: row.querySelector('select').value});
            });
            onClick(row, 'remove', function (button) {
                act(root, button, 'DELETE', path, {});
            });
        });
        var status = root.querySelector('.cc-wg-status-form');
        onSubmit(status, function (button) {
            act(root, button, 'POST', '/status', {status: field(status, 'status')});
        });
        var page = root.querySelector('.cc-wg-project-page-form');
        onSubmit(page, function (button) {
            act(root, button, 'POST', '/project-page', {spaceKey: field(page, 'spaceKey')});
        });
        initDetails(root);
    }

    /** The invitations on a council's profile: each item names its group, and is answered as on the group page. */
    function initCouncilInvitations(root) {
        showKeptFeedback(root);
        Array.prototype.forEach.call(root.querySelectorAll('li[data-rest]'), function (item) {
            var form = item.querySelector('.cc-wg-answer');
            var rest = item.getAttribute('data-rest');
            var path = '/invitations/' + form.getAttribute('data-id');
            onClick(form, 'accept', function (button) {
                actAt(root, rest, button, 'POST', path + '/accept', {});
            });
            onSubmit(form, function (button) {
                actAt(root, rest, button, 'POST', path + '/decline', {reason: field(form, 'reason')});
            });
        });
    }

    function initMemberPanel(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.cc-wg-member-panel li[data-council]'), function (item) {
            var path = '/members/' + encodeURIComponent(item.getAttribute('data-council'));
            onClick(item, 'step-back', function (button) {
                act(root, button, 'PUT', path, {role: 'observer'});
            });
            onClick(item, 'leave', function (button) {
                act(root, button, 'DELETE', path, {});
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.cc-wg-answer'), function (form) {
            var path = '/invitations/' + form.getAttribute('data-id');
            onClick(form, 'accept', function (button) {
                act(root, button, 'POST', path + '/accept', {});
            });
            onSubmit(form, function (button) {
                act(root, button, 'POST', path + '/decline', {reason: field(form, 'reason')});
            });
        });
    }

    /** Shows the feedback a panel action kept for the page it reloaded into. */
    function showKeptFeedback(root) {
        var kept = null;
        try {
            kept = window.sessionStorage.getItem(FEEDBACK_KEY);
            window.sessionStorage.removeItem(FEEDBACK_KEY);
        } catch (e) {
            kept = null;
        }
        if (kept) {
            feedback(root, kept);
        }
    }

    function initGroup(root) {
        showKeptFeedback(root);
        selectValues(root);
        Array.prototype.forEach.call(root.querySelectorAll('input[data-typeahead]'), typeahead);
        initLeadPanel(root);
        initMemberPanel(root);
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

    /**
     * After the report is saved, the lead's changed charter marks, one after another (each its own write, as on the
     * charter table); a mark the server refuses stops the rest and says why. Marks left as they were are not sent.
     */
    function markCommitments(root, form) {
        var group = root.getAttribute('data-rest').replace(/\/reports$/, '');
        var changed = Array.prototype.filter.call(form.querySelectorAll('.cc-status-report-mark'), function (select) {
            return select.value !== select.getAttribute('data-current');
        });
        return changed.reduce(function (previous, select) {
            return previous.then(function () {
                return http.requestJson('PUT', http.contextPath() + group + '/charter/'
                    + encodeURIComponent(select.getAttribute('data-council')) + '/progress',
                    { progress: select.value }).then(function () {
                    select.setAttribute('data-current', select.value);
                });
            });
        }, Promise.resolve());
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
            markCommitments(root, form).then(function () {
                feedback(root, root.getAttribute('data-text-saved'));
                form.reset();
                button.disabled = false;
            }).catch(function (error) {
                feedback(root, http.errorText(error, root.getAttribute('data-text-error')));
                button.disabled = false;
            });
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

    // the group page's charter part (group-records.js) sends its actions the same way
    window.ConnectedCouncils.workingGroups = {act: act};
    window.ConnectedCouncils.dom.startEach('[data-cc-working-group]', initGroup);
    window.ConnectedCouncils.dom.startEach('[data-cc-council-invitations]', initCouncilInvitations);
    window.ConnectedCouncils.dom.startEach('[data-cc-status-report]', initReport);
    window.ConnectedCouncils.dom.startEach('[data-cc-portfolio]', initPortfolio);
}());
