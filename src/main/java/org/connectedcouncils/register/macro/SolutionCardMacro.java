package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;

/**
 * {@code cc-solution}: one register entry as a card, with adoption actions for the users allowed to take them. The
 * same card is the body of the entry's own page ({@link #page(String)}).
 */
public final class SolutionCardMacro implements Macro {

    static final String CARD = "templates/register/solution.vm";
    static final String STATIC_CARD = "templates/register/solution-static.vm";
    public static final String PAGE = "templates/register/solution-page.vm";
    static final String NOT_FOUND_TITLE = "connected-councils.solution.page.notFound";
    static final String NOT_ALLOWED_TITLE = "connected-councils.solution.page.notAllowed";

    /** How showing an entry's page went; the host turns it into an HTTP status or a sign-in redirect. */
    public enum Outcome {
        SHOWN,
        NOT_FOUND,
        NOT_ALLOWED,
        SIGN_IN
    }

    /** An entry's page, rendered whole (empty when the reader must sign in first). */
    public record EntryPage(Outcome outcome, String html) {
    }

    private record Card(String name, String html) {
    }

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
            return card(key(new MacroParameters(parameters)), mode).html();
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    /**
     * The entry's own page for the key in its address: titled with the entry name, its body exactly the on-screen
     * card; a bad or unknown key gets the macro's own message. Anonymous readers get no page, only {@code SIGN_IN}.
     */
    public EntryPage page(String rawKey) throws MacroExecutionException {
        try {
            Card card = card(key(new MacroParameters(Map.of("key", rawKey == null ? "" : rawKey))),
                    OutputMode.INTERACTIVE);
            return entryPage(Outcome.SHOWN, card.name(), card.html());
        } catch (InvalidParameter e) {
            return entryPage(Outcome.NOT_FOUND, output.text().text(NOT_FOUND_TITLE), output.failure(e));
        } catch (Refusal.NotAuthenticated e) {
            return new EntryPage(Outcome.SIGN_IN, "");
        } catch (Refusal e) {
            return entryPage(Outcome.NOT_ALLOWED, output.text().text(NOT_ALLOWED_TITLE), output.failure(e));
        }
    }

    private EntryPage entryPage(Outcome outcome, String title, String cardHtml) throws MacroExecutionException {
        return new EntryPage(outcome, output.render(PAGE, new SolutionPageView(title, cardHtml),
                OutputMode.INTERACTIVE));
    }

    /** One service call, then the card template for {@code mode}; an unknown or hidden key names the parameter. */
    private Card card(SolutionKey key, OutputMode mode) throws MacroExecutionException {
        RegisterQueries.SolutionCard card;
        try {
            card = queries.card(key);
        } catch (Refusal.NotFound e) {
            throw new InvalidParameter("key", MacroParameters.UNKNOWN_KEY, key.toString());
        }
        SolutionCardView view = SolutionCardView.of("cc-solution-" + UUID.randomUUID(), card, mode, output.text());
        return new Card(view.name(), output.render(mode.isInteractive() ? CARD : STATIC_CARD, view, mode));
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
