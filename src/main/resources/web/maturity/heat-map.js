/*
 * cc-maturity-map on screen: draws the heat map (councils x service areas, each cell filled by level and printed with
 * its number) from the table the server rendered beside it, into the empty region it left for the picture. The
 * table is the data and the accessible form; the colours come from the legend's swatches. The same layout as the
 * SVG the server draws for export (HeatMapView), so the picture looks alike on screen and on paper.
 * The map is a page of councils: the pager asks GET /maturity/heat-map for the previous or next page (same filter
 * and size), rebuilds the table's rows from the answer and draws the picture again.
 */
(function () {
    'use strict';

    var dom = window.ConnectedCouncils.dom;
    var http = window.ConnectedCouncils.http;
    var NOT_ASSESSED = '\u2013';
    var SVG = 'http://www.w3.org/2000/svg';
    var LABEL_WIDTH = 220;
    var CELL = 30;
    var ROW = 26;
    var HEADER = 150;
    var HEADER_OVERHANG = 120;
    var LABEL_MAX = 30;
    var INK = '#172b4d';
    var OUTLINE = '#42526e';

    function shorten(label) {
        return label.length <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + '\u2026';
    }

    function node(tag, attributes, text) {
        var element = document.createElementNS(SVG, tag);
        Object.keys(attributes).forEach(function (name) {
            element.setAttribute(name, String(attributes[name]));
        });
        if (text !== undefined) {
            element.textContent = text;
        }
        return element;
    }

    /** Level number -> {fill, ink} from the legend; cells with no level take the region's own colours. */
    function colours(root, canvas) {
        var byLevel = {};
        Array.prototype.forEach.call(root.querySelectorAll('.cc-maturity-swatch[data-level]'), function (swatch) {
            byLevel[swatch.getAttribute('data-level')] = {
                fill: swatch.getAttribute('data-fill'), ink: swatch.getAttribute('data-ink')
            };
        });
        byLevel.none = {fill: canvas.getAttribute('data-fill'), ink: canvas.getAttribute('data-ink')};
        return byLevel;
    }

    function draw(root) {
        var canvas = root.querySelector('.cc-maturity-canvas');
        var table = root.querySelector('.cc-maturity-table');
        if (!canvas || !table) {
            return;
        }
        var old = canvas.querySelector('svg.cc-maturity-drawn');
        if (old) {
            canvas.removeChild(old);
        }
        var palette = colours(root, canvas);
        var areas = Array.prototype.slice.call(table.querySelectorAll('thead > tr > th'), 1).map(function (th) {
            return th.textContent.trim();
        });
        var rows = table.querySelectorAll('tbody > tr');
        var width = LABEL_WIDTH + Math.max(1, areas.length) * CELL + HEADER_OVERHANG;
        var height = HEADER + rows.length * ROW + 4;
        var svg = node('svg', {
            role: 'img', 'aria-labelledby': canvas.getAttribute('data-title-id'), width: width, height: height,
            viewBox: '0 0 ' + width + ' ' + height, 'font-family': 'sans-serif', 'class': 'cc-maturity-drawn'
        });
        areas.forEach(function (area, i) {
            var x = LABEL_WIDTH + i * CELL + CELL / 2;
            var y = HEADER - 6;
            svg.appendChild(node('text', {
                x: x, y: y, transform: 'rotate(-60 ' + x + ' ' + y + ')', fill: INK, 'font-size': 12
            }, shorten(area)));
        });
        Array.prototype.forEach.call(rows, function (tr, r) {
            var council = tr.querySelector('th').textContent.trim();
            var group = node('g', {transform: 'translate(0 ' + (HEADER + r * ROW) + ')'});
            group.appendChild(node('text', {
                x: LABEL_WIDTH - 8, y: 18, 'text-anchor': 'end', fill: INK, 'font-size': 12
            }, shorten(council)));
            Array.prototype.forEach.call(tr.querySelectorAll('td'), function (td, i) {
                var words = td.textContent.trim();
                var level = parseInt(words, 10);
                var colour = palette[isNaN(level) ? 'none' : String(level)] || palette.none;
                var x = LABEL_WIDTH + i * CELL + 1;
                var cell = node('rect', {
                    x: x, y: 1, width: CELL - 2, height: ROW - 2, fill: colour.fill, stroke: OUTLINE
                });
                // the cell's council, area and level in words for pointer users (the table says it to everyone)
                cell.appendChild(node('title', {}, council + ', ' + areas[i] + ': ' + words));
                group.appendChild(cell);
                group.appendChild(node('text', {
                    x: x, dx: CELL / 2 - 1, y: 18, 'text-anchor': 'middle', fill: colour.ink, 'font-size': 13,
                    'font-weight': 'bold', 'pointer-events': 'none'
                }, isNaN(level) ? NOT_ASSESSED : String(level)));
            });
            svg.appendChild(group);
        });
        canvas.appendChild(svg);
    }

    /** "3 End-to-end digital" by level number, as the server words the table's cells. */
    function levelWords(root) {
        var words = {};
        Array.prototype.forEach.call(root.querySelectorAll('.cc-maturity-swatch[data-level]'), function (swatch) {
            words[swatch.getAttribute('data-level')] = swatch.getAttribute('data-level') + ' ' +
                swatch.getAttribute('data-name');
        });
        return words;
    }

    function number(value) {
        return Number(value).toLocaleString('en-GB');
    }

    /** Replaces the table's rows with the page's councils, their levels in the columns' area order. */
    function fillTable(root, page) {
        var table = root.querySelector('.cc-maturity-table');
        var areas = Array.prototype.map.call(table.querySelectorAll('th[data-area]'), function (th) {
            return th.getAttribute('data-area');
        });
        var words = levelWords(root);
        var body = table.querySelector('tbody');
        while (body.firstChild) {
            body.removeChild(body.firstChild);
        }
        page.councils.forEach(function (council) {
            var tr = dom.element('tr');
            var th = dom.element('th', council.name);
            th.setAttribute('scope', 'row');
            tr.appendChild(th);
            areas.forEach(function (area) {
                var level = council.levels[area];
                tr.appendChild(dom.element('td', level ? words[String(level)] || String(level) : NOT_ASSESSED));
            });
            body.appendChild(tr);
        });
    }

    function initPager(root) {
        var pager = root.querySelector('.cc-maturity-pager');
        if (!pager) {
            return;
        }
        var text = window.ConnectedCouncils.text.lookup(root);
        var status = root.querySelector('.cc-maturity-showing');
        var previous = pager.querySelector('[data-step="-1"]');
        var next = pager.querySelector('[data-step="1"]');
        var state = {
            start: parseInt(root.getAttribute('data-start'), 10) || 0,
            size: parseInt(root.getAttribute('data-page-size'), 10) || 25,
            total: parseInt(root.getAttribute('data-total'), 10) || 0
        };

        function update() {
            previous.disabled = state.start <= 0;
            next.disabled = state.start + state.size >= state.total;
        }

        function load(start, button) {
            var params = new URLSearchParams();
            params.set('start', String(start));
            params.set('limit', String(state.size));
            ['type', 'nation'].forEach(function (name) {
                if (root.getAttribute('data-' + name)) {
                    params.set(name, root.getAttribute('data-' + name));
                }
            });
            root.setAttribute('aria-busy', 'true');
            status.textContent = text('loading');
            http.requestJson('GET', http.contextPath() + root.getAttribute('data-rest') + '?' + params.toString())
                .then(function (page) {
                    state.start = page.start;
                    state.total = page.total;
                    fillTable(root, page);
                    draw(root);
                    status.textContent = text('showing', [number(page.size ? page.start + 1 : 0),
                        number(page.start + page.size), number(page.total)]);
                    update();
                    if (button.disabled) {
                        (button === next ? previous : next).focus();
                    }
                })
                .catch(function (error) {
                    status.textContent = http.errorText(error, text('error'));
                })
                .then(function () {
                    root.removeAttribute('aria-busy');
                });
        }

        pager.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[data-step]') : null;
            if (button && !button.disabled) {
                var step = parseInt(button.getAttribute('data-step'), 10);
                load(Math.max(0, state.start + step * state.size), button);
            }
        });
        update();
    }

    dom.startEach('.cc-maturity-map', function (root) {
        draw(root);
        initPager(root);
    });
}());
