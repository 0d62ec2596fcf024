/*
 * "Wording of the maturity levels" on the admin page: lists the service areas (each by the name the page's language
 * reads, displayName, in that language's order, as the REST API gives them), loads the five levels of the chosen
 * area and lets the admin reword each in English and Welsh (PUT, JSON; blank English restores the generic text in
 * both languages). Errors are shown beside the field the server names. Every text comes from data-text-* attributes.
 */
(function () {
    'use strict';

    var cc = window.ConnectedCouncils;
    var element = cc.dom.element;
    var requestJson = cc.http.requestJson;

    function LevelWording(root) {
        this.root = root;
        this.admin = root.closest('[data-cc-admin]').getAttribute('data-rest');
        this.base = this.admin.replace(/\/admin$/, '');
        this.text = cc.text.lookup(root);
        this.select = root.querySelector('select[name="area"]');
        this.levels = root.querySelector('.cc-admin-wording-levels');
        this.status = root.querySelector('.cc-admin-wording-status');
    }

    LevelWording.prototype.say = function (message, type) {
        cc.dom.message(this.status, message, type || 'info', 'cc-admin-wording-status');
    };

    LevelWording.prototype.start = function () {
        var self = this;
        requestJson('GET', self.base + '/service-areas?start=0&limit=100').then(function (page) {
            page.results.filter(function (a) { return !a.retired; }).forEach(function (a) {
                var option = element('option', a.displayName || a.name);
                option.value = a.code;
                self.select.appendChild(option);
            });
            self.select.addEventListener('change', function () { self.load(); });
            self.load();
        }, function () { self.say(self.text('failed'), 'error'); });
    };

    LevelWording.prototype.load = function () {
        var self = this;
        var area = self.select.value;
        self.levels.textContent = '';
        if (!area) {
            return;
        }
        self.levels.appendChild(element('p', self.text('loading')));
        requestJson('GET', self.base + '/maturity/levels/' + encodeURIComponent(area)).then(function (levels) {
            self.levels.textContent = '';
            levels.forEach(function (level) { self.levels.appendChild(self.form(area, level)); });
        }, function () { self.say(self.text('failed'), 'error'); });
    };

    function field(id, label, name, value, hint) {
        var group = element('div', null, 'field-group');
        var caption = element('label', label);
        caption.setAttribute('for', id);
        var input = element('textarea', null, 'textarea');
        input.id = id;
        input.name = name;
        input.rows = 2;
        input.maxLength = 300;
        input.value = value || '';
        group.appendChild(caption);
        group.appendChild(input);
        if (hint) {
            var description = element('div', hint, 'description');
            description.id = id + '-hint';
            input.setAttribute('aria-describedby', description.id);
            group.appendChild(description);
        }
        return group;
    }

    LevelWording.prototype.form = function (area, level) {
        var self = this;
        var id = 'cc-admin-wording-' + level.level;
        var form = element('form', null, 'aui cc-admin-wording-level');
        form.setAttribute('data-level', String(level.level));
        var heading = element('h3', self.text('level', [level.level, level.name]));
        heading.id = id + '-title';
        form.setAttribute('aria-labelledby', heading.id);
        form.appendChild(heading);
        form.appendChild(field(id + '-en', self.text('english'), 'wording', level.wording,
                level.reworded ? null : self.text('generic', [level.description])));
        form.appendChild(field(id + '-cy', self.text('welsh'), 'wordingCy', level.wordingCy));
        var save = element('button', self.text('save'), 'aui-button');
        save.type = 'submit';
        form.appendChild(element('div', null, 'buttons-container')).appendChild(save);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            Array.prototype.forEach.call(form.querySelectorAll('.error'), function (n) { n.remove(); });
            Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (n) {
                n.removeAttribute('aria-invalid');
            });
            var body = {wording: form.elements.wording.value, wordingCy: form.elements.wordingCy.value};
            requestJson('PUT', self.admin + '/maturity/levels/' + encodeURIComponent(area) + '/' + level.level, body)
                .then(function (saved) {
                    self.say(self.text('saved', [saved.level, saved.name]), 'success');
                    self.load();
                }, function (error) {
                    var errors = error && error.body && error.body.errors;
                    if (!errors || !errors.length) {
                        self.say(self.text('failed'), 'error');
                        return;
                    }
                    errors.forEach(function (e) {
                        var input = form.elements[e.field];
                        if (input) {
                            input.setAttribute('aria-invalid', 'true');
                            input.closest('.field-group').appendChild(element('div', e.message, 'error'));
                        } else {
                            self.say(e.message, 'error');
                        }
                    });
                });
        });
        return form;
    };

    cc.dom.startEach('[data-cc-level-wording]', function (root) {
        new LevelWording(root).start();
    });
}());
