package org.connectedcouncils.maturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * {@code cc-maturity-map}: the heat map of councils x service areas, coloured and numbered by current level, with
 * the same data as a table; filterable by council type and nation, a page of councils at a time (25 by default, at
 * most 100). In exports the server draws the SVG of the first page and says where the rest are online; on screen it
 * sends the legend and the table with a pager, and the browser draws the picture from the table.
 */
public final class MaturityMapMacro extends BlockMacro<MaturityRequest> {

    static final String EMPTY = "connected-councils.maturity.map.noCouncils";

    private final Maturity maturity;

    public MaturityMapMacro(Maturity maturity, MacroOutput output) {
        super(output);
        this.maturity = maturity;
    }

    @Override
    protected MaturityRequest request(MacroParameters parameters, ConversionContext context) {
        ContentEntityObject page = context == null ? null : context.getEntity();
        return MaturityRequest.map(parameters, page == null ? null : page.getId());
    }

    @Override
    protected String render(MaturityRequest request, OutputMode mode) throws MacroExecutionException {
        HeatMap map = maturity.heatMap(request.filter(), request.firstPage());
        if (map.rows().isEmpty()) {
            return output.message(new Views.Message("info", output.text().text(MaturityViews.MAP_TITLE),
                    output.text().text(EMPTY, MaturityViews.filterNote(request.filter(), output.text()))));
        }
        String online = request.pageId() == null ? "" : output.solutionPages(mode).confluencePage(request.pageId());
        return output.render(MaturityViews.MAP, MaturityViews.map(elementId("cc-maturity-map"), map, output.text(),
                !mode.isInteractive(), online), mode, MaturityViews.WEB_RESOURCE);
    }
}
