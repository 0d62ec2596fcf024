/*
 * "Update the council list" on the admin page: asks the admin REST API what the bundled council list would change,
 * shows the new, renamed and ended councils in three tables, and applies them (the version compared is sent back,
 * so a list that changed since is refused). Every text shown comes from the section's data-text-* attributes.
 */
(function () {
    'use strict';

    var cc = window.ConnectedCouncils;
    var element = cc.dom.element;
    var requestJson = cc.http.requestJson;

    function CouncilList(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest') + '/council-list';
        this.text = cc.text.lookup(root);
        this.status = root.querySelector('.cc-council-list-status');
        this.result = root.querySelector('.cc-council-list-result');
        this.version = null;
    }

    CouncilList.prototype.say = function (message, type) {
        cc.dom.message(this.status, message, type || 'info', 'cc-council-list-status');
    };

    CouncilList.prototype.fill = function (name, rows) {
        var table = this.root.querySelector('[data-cc-council-list-table="' + name + '"]');
        var tbody = table.querySelector('tbody');
        tbody.textContent = '';
        rows.forEach(function (cells) {
            var row = element('tr');
            cells.forEach(function (text) {
                row.appendChild(element('td', text));
            });
            tbody.appendChild(row);
        });
        table.hidden = rows.length === 0;
    };

    CouncilList.prototype.show = function (changes) {
        var self = this;
        var count = changes.added.length + changes.renamed.length + changes.ended.length;
        self.version = changes.version;
        self.fill('added', changes.added.map(function (c) {
            var type = document.querySelector('#cc-admin-council-type option[value="' + c.type + '"]');
            return [c.code, c.name, type ? type.textContent : c.type, c.nation];
        }));
        self.fill('renamed', changes.renamed.map(function (c) {
            return [c.code, c.from, c.to];
        }));
        self.fill('ended', changes.ended.map(function (c) {
            return [c.code, c.name, c.ended, c.successor ? c.successorName + ' (' + c.successor + ')'
                : self.text('no-successor')];
        }));
        self.result.hidden = count === 0;
        return count;
    };

    CouncilList.prototype.compare = function () {
        var self = this;
        return requestJson('GET', self.rest).then(function (changes) {
            var count = self.show(changes);
            if (count === 0) {
                self.say(self.text('none', [changes.version]), 'success');
            } else {
                self.say(self.text('summary', [changes.version, changes.added.length, changes.renamed.length,
                    changes.ended.length]));
            }
        }, function () {
            self.say(self.text('failed'), 'error');
        });
    };

    CouncilList.prototype.apply = function () {
        var self = this;
        if (!self.version || !window.confirm(self.text('confirm'))) {
            return;
        }
        requestJson('POST', self.rest + '/apply', {version: self.version}).then(function (applied) {
            var count = applied.added.length + applied.renamed.length + applied.ended.length;
            self.result.hidden = true;
            self.say(self.text('applied', [count, applied.version]), 'success');
        }, function (error) {
            self.say(cc.http.errorText(error, self.text('failed')), 'error');
        });
    };

    CouncilList.prototype.start = function () {
        var self = this;
        self.root.querySelector('[data-cc-council-list-compare]').addEventListener('click', function () {
            self.compare();
        });
        self.root.querySelector('[data-cc-council-list-apply]').addEventListener('click', function () {
            self.apply();
        });
    };

    cc.dom.startEach('[data-cc-council-list]', function (root) {
        new CouncilList(root).start();
    });
}());
