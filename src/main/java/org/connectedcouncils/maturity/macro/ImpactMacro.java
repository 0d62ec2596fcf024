package org.connectedcouncils.maturity.macro;

import java.util.Set;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * {@code cc-impact}: what reuse has saved, per service area or per owning council and per currency, as a bar chart
 * and a table giving each figure with how it was computed, then the entries behind them with their outcomes. The
 * same static markup on screen and in exports.
 */
public final class ImpactMacro extends BlockMacro<ImpactFilter> {

    public static final String TEMPLATE = "templates/maturity/impact.vm";
    static final Set<String> PARAMETERS = Set.of("by", "council", "area");
    private static final String K = "connected-councils.impact.";

    private final Maturity maturity;

    public ImpactMacro(Maturity maturity, MacroOutput output) {
        super(output);
        this.maturity = maturity;
    }

    @Override
    protected ImpactFilter request(MacroParameters parameters, ConversionContext context) {
        MacroParameters p = parameters.only(PARAMETERS);
        return new ImpactFilter(p.code("by", ImpactGrouping.class), p.council("council"),
                p.text("area").map(String::trim).orElse(null));
    }

    @Override
    protected String render(ImpactFilter filter, OutputMode mode) throws MacroExecutionException {
        ImpactRollup rollup = maturity.impact(filter);
        String note = note(filter, rollup);
        if (rollup.groups().isEmpty()) {
            return output.message(new Views.Message("info", output.text().text(K + "title." + filter.by().code()),
                    output.text().text(K + "empty", note)));
        }
        ImpactView view = ImpactView.of(elementId("cc-impact"), rollup, note,
                code -> rollup.councilName(CouncilCode.of(code)), output.text());
        return output.render(TEMPLATE, view, mode, MaturityViews.WEB_RESOURCE);
    }

    private String note(ImpactFilter filter, ImpactRollup rollup) {
        String council = filter.council() == null ? null : rollup.councilName(filter.council());
        String area = rollup.groups().stream().filter(g -> g.code().equals(filter.area()))
                .map(g -> g.nameFor(output.text().welsh())).findFirst().orElse(filter.area());
        if (council != null && filter.area() != null) {
            return output.text().text(K + "note.both", council, area);
        }
        if (council != null) {
            return output.text().text(K + "note.council", council);
        }
        return filter.area() == null ? output.text().text(K + "note.all")
                : output.text().text(K + "note.area", area);
    }
}
