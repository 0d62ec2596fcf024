package org.connectedcouncils.maturity.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * {@code cc-maturity}: one council's maturity profile (a bar per service area beside its type's median, and each
 * assessment with its evidence and reviews), or one service area across councils. SVG and tables: the same markup
 * on screen and in exports, with no script.
 */
public final class MaturityMacro extends BlockMacro<MaturityRequest> {

    static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";

    private final Maturity maturity;

    public MaturityMacro(Maturity maturity, MacroOutput output) {
        super(output);
        this.maturity = maturity;
    }

    @Override
    protected MaturityRequest request(MacroParameters parameters, ConversionContext context) {
        return MaturityRequest.single(parameters);
    }

    @Override
    protected String render(MaturityRequest request, OutputMode mode) throws MacroExecutionException {
        MaturityBarsView view = request.council() != null
                ? MaturityViews.profile(elementId("cc-maturity"), found(() -> maturity.profile(request.council(),
                        request.sameNation()), "council", UNKNOWN_COUNCIL, request.council().value()),
                        output.solutionPages(mode), output.text(), request.sameNation())
                : MaturityViews.area(elementId("cc-maturity"), maturity.area(request.area(), request.filter()),
                        request.area(),
                        output.text());
        return output.render(MaturityViews.BARS, view, mode, MaturityViews.WEB_RESOURCE);
    }
}
