/*
 * The similar-entries panel of the editor and of Publish: up to five register entries that look like the one being
 * written (the register's similar-entries endpoint), each with its owner and a link to declare adoption instead.
 * It only informs: nothing here stops a save or a publish. Texts come from the root's data-text-* attributes.
 */
(function (cc) {
    'use strict';

    var http = cc.http;
    var dom = cc.dom;
    var LIMIT = 5;

    /**
     * A panel in {@code container}; {@code similarPath} is the endpoint (context-relative), {@code entryPattern} the
     * address of an entry page with {key}, {@code text} the lookup of the component's texts.
     */
    function SimilarPanel(container, similarPath, entryPattern, text) {
        this.container = container;
        this.similarPath = similarPath;
        this.entryPattern = entryPattern;
        this.text = text;
        this.asked = 0;
    }

    /** Asks for entries like {@code draft} ({name, summary, serviceAreas, exclude}); resolves to the list shown. */
    SimilarPanel.prototype.query = function (draft) {
        var self = this;
        var asked = ++self.asked;
        var params = new URLSearchParams();
        params.set('name', draft.name || '');
        params.set('summary', draft.summary || '');
        if (draft.serviceAreas && draft.serviceAreas.length) {
            params.set('area', draft.serviceAreas[0]);
        }
        if (draft.exclude) {
            params.set('exclude', draft.exclude);
        }
        return http.requestJson('GET', http.contextPath() + self.similarPath + '?' + params.toString())
            .then(function (answer) {
                var results = (answer && answer.results ? answer.results : []).filter(function (entry) {
                    return entry.key !== draft.exclude;
                }).slice(0, LIMIT);
                if (asked === self.asked) {
                    self.render(results);
                }
                return results;
            }).catch(function () {
                if (asked === self.asked) {
                    self.render([]);
                }
                return [];
            });
    };

    SimilarPanel.prototype.href = function (key) {
        return this.entryPattern.replace('{key}', encodeURIComponent(key));
    };

    /** Shows {@code results}; with none the panel is hidden (an empty panel would only distract). */
    SimilarPanel.prototype.render = function (results) {
        var self = this;
        var box = self.container;
        while (box.firstChild) {
            box.removeChild(box.firstChild);
        }
        box.hidden = results.length === 0;
        if (!results.length) {
            return;
        }
        box.classList.add('aui-message', 'aui-message-info', 'cc-similar');
        box.appendChild(dom.element('p', self.text('similar-title'), 'title'));
        var list = dom.element('ul', null, 'cc-similar-list');
        results.forEach(function (entry) {
            var item = dom.element('li', null, 'cc-similar-item');
            var name = dom.element('a', entry.name, 'cc-similar-name');
            name.href = self.href(entry.key);
            item.appendChild(name);
            var owner = entry.ownerCouncil && (entry.ownerCouncil.name || entry.ownerCouncil.code);
            if (owner) {
                item.appendChild(dom.element('span', self.text('similar-owner', [owner]), 'cc-similar-owner'));
            }
            if (entry.summary) {
                item.appendChild(dom.element('span', entry.summary, 'cc-similar-summary'));
            }
            var adopt = dom.element('a', self.text('similar-adopt'), 'cc-similar-adopt');
            adopt.href = self.href(entry.key) + '#cc-entry-' + entry.key + '-card-council';
            item.appendChild(adopt);
            list.appendChild(item);
        });
        box.appendChild(list);
    };

    cc.similar = {Panel: SimilarPanel};
}(window.ConnectedCouncils = window.ConnectedCouncils || {}));
