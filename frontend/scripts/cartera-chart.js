/*
 * <cartera-chart>: one Apache ECharts instance, drawn from the JSON options the server sets in the property
 * "options" (see com.cartera.base.ui.chart.Chart). Loaded as a classic script after ECharts itself and its
 * Spanish locale, so the page needs no bundle of ours. No eval: formatters arrive as data ({"$format": ...})
 * and become functions here.
 */
(function () {
    'use strict';
    if (customElements.get('cartera-chart')) {
        return;
    }

    /** Intl formatters are costly to build and charts ask for many: one per locale and options. */
    const numberFormats = new Map();

    function numberFormat(spec) {
        const key = JSON.stringify(spec);
        if (!numberFormats.has(key)) {
            const options = Object.assign({}, spec.number);
            numberFormats.set(key, new Intl.NumberFormat(spec.locale, options));
        }
        return numberFormats.get(key);
    }

    /** Picks the number out of what ECharts hands a formatter: a number, an array, an item or label params. */
    function numberOf(value, dimension) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value) {
            value = value.value;
        }
        if (Array.isArray(value)) {
            value = value[dimension === undefined ? value.length - 1 : dimension];
        }
        if (value === null || value === undefined || value === '' || value === '-') {
            return null;
        }
        const number = Number(value);
        return Number.isFinite(number) ? number : null;
    }

    /**
     * A formatter from its description: "number" formats the value in the page's locale; "text" shows the text
     * the server wrote into the data item (already in the user's language); "name" puts the item's name first;
     * "html" escapes the result for a tooltip (which ECharts writes as HTML).
     */
    function formatter(spec) {
        const format = spec.number ? numberFormat(spec) : null;
        return function (arg) {
            const params = arg !== null && typeof arg === 'object' && !Array.isArray(arg) && 'dataIndex' in arg
                ? arg : null;
            let text;
            if (spec.text && params && params.data && typeof params.data === 'object' && 'text' in params.data) {
                text = String(params.data.text);
            } else {
                const number = numberOf(params ? params.value : arg, spec.dimension);
                text = number === null ? (spec.empty || '') : (format ? format.format(number) : String(number));
            }
            if (spec.name && params) {
                text = params.name + (spec.separator === undefined ? '\n' : spec.separator) + text;
            }
            return spec.html ? escapeHtml(text).replace(/\n/g, '<br>') : text;
        };
    }

    /** Tooltips are HTML: names and texts (a stage, a cohort, a customer) must show as written, never run. */
    function escapeHtml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    }

    /** Replaces every {"$format": spec} in the options by the function it describes. */
    function revive(node) {
        if (Array.isArray(node)) {
            return node.map(revive);
        }
        if (node !== null && typeof node === 'object') {
            if (Object.keys(node).length === 1 && node.$format) {
                return formatter(node.$format);
            }
            const copy = {};
            for (const key of Object.keys(node)) {
                copy[key] = revive(node[key]);
            }
            return copy;
        }
        return node;
    }

    class CarteraChart extends HTMLElement {

        set options(json) {
            this._options = json;
            this._render();
        }

        get options() {
            return this._options;
        }

        connectedCallback() {
            // The server may have set the property before this element was upgraded: take it over.
            if (Object.prototype.hasOwnProperty.call(this, 'options')) {
                const json = this.options;
                delete this.options;
                this.options = json;
            }
            // Started only once the element has a size: ECharts cannot lay out a chart in nothing.
            this._observer = new ResizeObserver(() => this._sizeChanged());
            this._observer.observe(this);
        }

        disconnectedCallback() {
            if (this._observer) {
                this._observer.disconnect();
                this._observer = null;
            }
            if (this._chart) {
                this._chart.dispose();
                this._chart = null;
            }
        }

        /** Draws the chart as a PNG file, for a button outside the canvas (the toolbox is not keyboard-reachable). */
        downloadPng(fileName) {
            if (!this._chart) {
                return;
            }
            const link = document.createElement('a');
            link.download = (fileName || 'grafico') + '.png';
            link.href = this._chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});
            document.body.appendChild(link);
            link.click();
            link.remove();
        }

        _sizeChanged() {
            if (this.clientWidth === 0 || this.clientHeight === 0) {
                return;
            }
            if (!this._chart) {
                this._chart = echarts.init(this, null, {
                    renderer: 'canvas',
                    locale: this.getAttribute('locale') === 'EN' ? 'EN' : 'ES'
                });
                this._chart.on('click', params => this._clicked(params));
                this._render();
            } else {
                this._chart.resize();
                this._fitGridBelowLegend();
            }
        }

        _clicked(params) {
            const value = numberOf(params.value, params.seriesType === 'heatmap' ? 2 : undefined);
            this.dispatchEvent(new CustomEvent('chart-point-click', {
                detail: {
                    seriesName: params.seriesName === undefined ? null : String(params.seriesName),
                    dataIndex: typeof params.dataIndex === 'number' ? params.dataIndex : -1,
                    name: params.name === undefined ? null : String(params.name),
                    value: value
                }
            }));
        }

        _render() {
            if (!this._chart || !this._options) {
                return;
            }
            const option = revive(JSON.parse(this._options));
            // Canvas text needs a real font name: the page's own (Lumo's) rather than ECharts' default.
            option.textStyle = Object.assign({fontFamily: getComputedStyle(this).fontFamily}, option.textStyle);
            if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
                option.animation = false;
            }
            this._gridTop = option.grid && !Array.isArray(option.grid) ? option.grid.top : undefined;
            this._chart.setOption(option, true);
            this._fitGridBelowLegend();
        }

        /**
         * A legend at the top wraps onto more lines on a narrow screen: the plot then starts below its last line
         * (grid.top from the server is the gap to leave under the legend) instead of under it.
         */
        _fitGridBelowLegend() {
            const model = this._chart.getModel();
            const legend = model && model.getComponent('legend');
            const grid = model && model.getComponent('grid');
            if (!legend || !grid || legend.get('show') === false) {
                return;
            }
            const view = this._chart.getViewOfComponentModel(legend);
            if (!view || !view.group) {
                return;
            }
            const box = view.group.getBoundingRect();
            const base = typeof this._gridTop === 'number' ? this._gridTop : 0;
            const top = Math.ceil(view.group.y + box.y + box.height + base);
            if (top !== this._appliedTop) {
                this._appliedTop = top;
                this._chart.setOption({grid: {top: top}});
            }
        }
    }

    customElements.define('cartera-chart', CarteraChart);
})();
