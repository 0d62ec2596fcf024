package org.connectedcouncils.maturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
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
 * the same data as a table; filterable by council type and nation. In exports the server draws the SVG; on screen it
 * sends the legend and the table, and the browser draws the picture from the table.
 */
public final class MaturityMapMacro extends BlockMacro<MaturityRequest> {

    static final String EMPTY = "connected-councils.maturity.map.empty";

    private final Maturity maturity;

    public MaturityMapMacro(Maturity maturity, MacroOutput output) {
        super(output);
        this.maturity = maturity;
    }

    @Override
    protected MaturityRequest request(MacroParameters parameters, ConversionContext context) {
        return MaturityRequest.map(parameters);
    }

    @Override
    protected String render(MaturityRequest request, OutputMode mode) throws MacroExecutionException {
        HeatMap map = maturity.heatMap(request.filter());
        if (map.rows().isEmpty()) {
            return output.message(new Views.Message("info", output.text().text(MaturityViews.MAP_TITLE),
                    output.text().text(EMPTY, MaturityViews.filterNote(request.filter(), output.text()))));
        }
        return output.render(MaturityViews.MAP, MaturityViews.map(elementId("cc-maturity-map"), map, output.text(),
                !mode.isInteractive()),
                mode, MaturityViews.WEB_RESOURCE);
    }
}
