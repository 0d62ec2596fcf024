/*
 * An entry's own page: the owner's actions, sent as JSON to the REST API. Publish first shows similar entries (when
 * there are any) and publishes on a second click: it informs, never blocks. Retire asks why, what was learned and
 * what replaces the entry; Delete (drafts never published) asks once more. Server errors name their field and are
 * shown next to it. Texts come from the page's data-text-* attributes.
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var dom = cc.dom;

    function EntryPage(root) {
        this.root = root;
        this.rest = http.contextPath() + root.getAttribute('data-rest');
        this.key = root.getAttribute('data-key');
        this.text = cc.text.lookup(root);
        this.feedback = root.querySelector('.cc-entry-feedback');
        this.panel = root.querySelector('.cc-entry-panel');
        this.retireForm = root.querySelector('.cc-entry-retire');
        this.similar = new cc.similar.Panel(this.panel, root.getAttribute('data-similar'),
            root.getAttribute('data-entry-pattern'), this.text);
    }

    EntryPage.prototype.say = function (message) {
        this.feedback.textContent = message;
    };

    EntryPage.prototype.failed = function (error) {
        this.say(http.errorText(error, this.text('error')));
    };

    /** Reloads the page so that it shows the entry as stored now (its lozenges, actions and History). */
    EntryPage.prototype.reload = function () {
        window.location.reload();
    };

    EntryPage.prototype.post = function (action, body) {
        return http.requestJson('POST', this.rest + '/' + action, body || {});
    };

    EntryPage.prototype.publish = function (button) {
        var self = this;
        self.say(self.text('working'));
        http.requestJson('GET', self.rest).then(function (entry) {
            return self.similar.query({name: entry.name, summary: entry.summary, serviceAreas: entry.serviceAreas,
                exclude: self.key});
        }).then(function (results) {
            if (!results.length) {
                return self.publishNow();
            }
            self.say('');
            var buttons = dom.element('div', null, 'buttons cc-similar-buttons');
            var anyway = dom.element('button', self.text('publish-anyway'), 'aui-button aui-button-primary');
            anyway.type = 'button';
            anyway.className += ' cc-publish-anyway';
            anyway.addEventListener('click', function () {
                self.publishNow();
            });
            var cancel = dom.element('button', self.text('cancel'), 'aui-button aui-button-link');
            cancel.type = 'button';
            cancel.addEventListener('click', function () {
                self.panel.hidden = true;
                button.focus();
            });
            buttons.appendChild(anyway);
            buttons.appendChild(cancel);
            self.panel.appendChild(buttons);
            self.panel.focus();
            return null;
        }).catch(function (error) {
            self.failed(error);
        });
    };

    EntryPage.prototype.publishNow = function () {
        var self = this;
        return self.post('publish').then(function () {
            self.say(self.text('published'));
            self.reload();
        }).catch(function (error) {
            self.failed(error);
        });
    };

    EntryPage.prototype.confirm = function () {
        var self = this;
        self.post('confirm').then(function () {
            var due = self.root.querySelector('.cc-entry-lozenges .cc-confirmation-due');
            if (due) {
                due.remove();
            }
            self.say(self.text('confirmed'));
        }).catch(function (error) {
            self.failed(error);
        });
    };

    EntryPage.prototype.showRetire = function () {
        var form = this.retireForm;
        form.hidden = false;
        form.elements.reason.focus();
    };

    EntryPage.prototype.clearErrors = function (form) {
        Array.prototype.forEach.call(form.querySelectorAll('.cc-field-error'), function (box) {
            box.textContent = '';
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
    };

    /** Puts each error of a 400 answer under its field; answers whether any could be placed. */
    EntryPage.prototype.showErrors = function (form, error) {
        var errors = error && error.body && error.body.errors ? error.body.errors : [];
        var placed = false;
        var first = null;
        errors.forEach(function (e) {
            var field = e.field && form.elements[e.field];
            if (field && field.id) {
                var box = form.querySelector('#' + CSS.escape(field.id + '-error'));
                if (box) {
                    box.textContent = e.message;
                    field.setAttribute('aria-invalid', 'true');
                    first = first || field;
                    placed = true;
                }
            }
        });
        if (first) {
            first.focus();
        }
        return placed;
    };

    EntryPage.prototype.retire = function () {
        var self = this;
        var form = self.retireForm;
        self.clearErrors(form);
        var body = {reason: form.elements.reason.value.trim() || null,
            lessonsLearned: form.elements.lessonsLearned.value.trim() || null,
            replacedBy: form.elements.replacedBy.value.trim() || null};
        self.say(self.text('working'));
        self.post('retire', body).then(function () {
            self.say(self.text('retired'));
            self.reload();
        }).catch(function (error) {
            if (!self.showErrors(form, error)) {
                self.failed(error);
            } else {
                self.say(http.errorText(error, self.text('error')));
            }
        });
    };

    EntryPage.prototype.askDelete = function (button) {
        var self = this;
        var panel = self.panel;
        while (panel.firstChild) {
            panel.removeChild(panel.firstChild);
        }
        panel.className = 'cc-entry-panel aui-message aui-message-warning';
        panel.appendChild(dom.element('p', self.text('delete-question')));
        var yes = dom.element('button', self.text('delete-confirm'), 'aui-button aui-button-primary cc-delete-confirm');
        yes.type = 'button';
        var no = dom.element('button', self.text('cancel'), 'aui-button aui-button-link');
        no.type = 'button';
        yes.addEventListener('click', function () {
            http.requestJson('DELETE', self.rest, {}).then(function () {
                var done = dom.element('div', null, 'aui-message aui-message-success cc-entry-deleted');
                done.setAttribute('role', 'status');
                done.appendChild(dom.element('p', self.text('deleted')));
                self.root.replaceChildren(done);
            }).catch(function (error) {
                self.failed(error);
            });
        });
        no.addEventListener('click', function () {
            panel.hidden = true;
            button.focus();
        });
        var buttons = dom.element('div', null, 'buttons');
        buttons.appendChild(yes);
        buttons.appendChild(no);
        panel.appendChild(buttons);
        panel.hidden = false;
        yes.focus();
    };

    EntryPage.prototype.start = function () {
        var self = this;
        Array.prototype.forEach.call(self.root.querySelectorAll('.cc-entry-action'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                var action = button.getAttribute('data-action');
                if (action === 'publish') {
                    self.publish(button);
                } else if (action === 'confirm') {
                    self.confirm();
                } else if (action === 'retire') {
                    self.showRetire();
                } else if (action === 'delete') {
                    self.askDelete(button);
                }
            });
        });
        if (self.retireForm) {
            self.retireForm.addEventListener('submit', function (event) {
                event.preventDefault();
                self.retire();
            });
            self.retireForm.querySelector('.cc-entry-cancel').addEventListener('click', function () {
                self.retireForm.hidden = true;
                self.root.querySelector('.cc-entry-action[data-action="retire"]').focus();
            });
        }
    };

    dom.startEach('[data-cc-entry-page]', function (root) {
        new EntryPage(root).start();
    });
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
