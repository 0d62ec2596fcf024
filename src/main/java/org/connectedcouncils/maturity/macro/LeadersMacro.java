package org.connectedcouncils.maturity.macro;

import java.util.List;
import java.util.Set;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * {@code cc-leaders}: the councils willing to lead, per service area, each beside its current maturity level there,
 * then the councils' commitments across councils, newest first; at most {@code limit} of each (25 by default, 100 at
 * most) with a note saying how many there are. The same static markup on screen and in exports.
 */
public final class LeadersMacro extends BlockMacro<LeadersMacro.Request> {

    public static final String TEMPLATE = "templates/maturity/leaders.vm";
    static final Set<String> PARAMETERS = Set.of("area", "limit");
    static final String K = "connected-councils.leaders.";

    /** The macro's parameters: one service area's code or all (null), and how many offers to show. */
    public record Request(String area, int limit) {
    }

    private final Maturity maturity;
    private final CouncilCommitments commitments;

    public LeadersMacro(Maturity maturity, CouncilCommitments commitments, MacroOutput output) {
        super(output);
        this.maturity = maturity;
        this.commitments = commitments;
    }

    @Override
    protected Request request(MacroParameters parameters, ConversionContext context) {
        MacroParameters p = parameters.only(PARAMETERS);
        return new Request(p.text("area").map(String::trim).filter(a -> !a.isEmpty()).orElse(null),
                p.number("limit", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT));
    }

    @Override
    protected String render(Request request, OutputMode mode) throws MacroExecutionException {
        List<Leader> leaders = maturity.leaders(request.area(), null);
        Page<ListedCommitment> made = commitments.list(new CommitmentFilter(null, null, null),
                new PageRequest(0, request.limit()));
        if (leaders.isEmpty() && made.total() == 0) {
            return output.message(new Views.Message("info", output.text().text(K + "title"),
                    output.text().text(K + "empty")));
        }
        return output.render(TEMPLATE, LeadersView.of(elementId("cc-leaders"), leaders, request.limit(),
                output.text()).withCommitments(made, output.solutionPages(mode), output.text()), mode,
                MaturityViews.WEB_RESOURCE);
    }
}
