package org.connectedcouncils.register.macro;

import java.util.Map;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;

/**
 * {@code cc-solution}: one register entry as a card, with adoption actions for the users allowed to take them. The
 * same card is the body of the entry's own page ({@link #page(String)}).
 */
public final class SolutionCardMacro extends BlockMacro<SolutionKey> {

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
        return card(key, mode).html();
    }

    /**
     * The entry's own page for the key in its address: titled with the entry name, its body exactly the on-screen
     * card; a bad or unknown key gets the macro's own message. Anonymous readers get no page, only {@code SIGN_IN}.
     */
    public EntryPage page(String rawKey) throws MacroExecutionException {
        try {
            Card card = card(request(new MacroParameters(Map.of("key", rawKey == null ? "" : rawKey)), null),
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
        RegisterQueries.SolutionCard card = found(() -> queries.card(key), "key", MacroParameters.UNKNOWN_KEY,
                key.toString());
        SolutionCardView view = SolutionCardView.of(elementId("cc-solution"), card, mode,
                new RegisterText(output.text()));
        return new Card(view.name(), output.render(mode.isInteractive() ? CARD : STATIC_CARD, view, mode));
    }
}
