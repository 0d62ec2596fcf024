package org.connectedcouncils.register.macro;

import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.register.domain.RegisterException;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;

/** {@code cc-solution}: one register entry as a card, with adoption actions for the users allowed to take them. */
public final class SolutionCardMacro implements Macro {

    static final String CARD = "templates/register/solution.vm";
    static final String STATIC_CARD = "templates/register/solution-static.vm";

    private final RegisterQueries queries;
    private final MacroOutput output;

    public SolutionCardMacro(RegisterQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            SolutionKey key = key(new MacroParameters(parameters));
            RegisterQueries.SolutionCard card;
            try {
                card = queries.card(key);
            } catch (RegisterException.NotFound e) {
                throw new InvalidParameter("key", MacroParameters.UNKNOWN_KEY, key.toString());
            }
            SolutionCardView view = SolutionCardView.of("cc-solution-" + UUID.randomUUID(), card, mode,
                    output.text());
            return output.render(mode.isInteractive() ? CARD : STATIC_CARD, view, mode);
        } catch (InvalidParameter | RegisterException e) {
            return output.failure(e);
        }
    }

    /** The {@code key} parameter, or the macro's unnamed default parameter. */
    private static SolutionKey key(MacroParameters p) {
        String raw = p.text("key").or(() -> p.text("0"))
                .orElseThrow(() -> new InvalidParameter("key", MacroParameters.REQUIRED));
        return SolutionKey.parse(raw).orElseThrow(() -> new InvalidParameter("key", MacroParameters.BAD_VALUE, raw));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
