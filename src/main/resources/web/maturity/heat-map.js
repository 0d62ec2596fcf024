/*
 * cc-maturity-map on screen: draws the heat map (councils x service areas, each cell filled by level and printed with
 * its number) from the table the server rendered beside it, into the empty region it left for the picture. The
 * table is the data and the accessible form; the colours come from the legend's swatches. The same layout as the
 * SVG the server draws for export (HeatMapView), so the picture looks alike on screen and on paper.
 */
(function () {
    'use strict';

    var dom = window.ConnectedCouncils.dom;
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
                }, isNaN(level) ? '\u2013' : String(level)));
            });
            svg.appendChild(group);
        });
        canvas.appendChild(svg);
    }

    dom.startEach('.cc-maturity-map', draw);
}());
