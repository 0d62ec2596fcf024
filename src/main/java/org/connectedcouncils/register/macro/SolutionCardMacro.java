package org.connectedcouncils.register.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;

/**
 * {@code cc-solution}: one register entry as a card, with adoption actions for the users allowed to take them.
 */
public final class SolutionCardMacro extends BlockMacro<SolutionKey> {

    static final String CARD = "templates/register/solution.vm";
    static final String STATIC_CARD = "templates/register/solution-static.vm";

    private final RegisterQueries queries;

    public SolutionCardMacro(RegisterQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    /** The {@code key} parameter, or the macro's unnamed default parameter. */
    @Override
    protected SolutionKey request(MacroParameters parameters, ConversionContext context) {
        return parameters.required("key", SolutionKey::parse);
    }

    @Override
    protected String render(SolutionKey key, OutputMode mode) throws MacroExecutionException {
        return card(key, mode);
    }

    /** One service call, then the card template for {@code mode}; an unknown or hidden key names the parameter. */
    private String card(SolutionKey key, OutputMode mode) throws MacroExecutionException {
        RegisterQueries.SolutionCard card = found(() -> queries.card(key), "key", MacroParameters.UNKNOWN_KEY,
                key.toString());
        SolutionCardView view = SolutionCardView.of(elementId("cc-solution"), card, mode,
                new RegisterText(output.text()));
        return output.render(mode.isInteractive() ? CARD : STATIC_CARD, view, mode);
    }
}
