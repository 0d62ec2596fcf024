package org.connectedcouncils.common.macro;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Refusal;

/**
 * The skeleton every block macro of the app follows: the raw parameters are parsed into a typed request, then one
 * service call, one view model and one template for the output mode (interactive on screen, static in pdf, word
 * and mail). A bad parameter or a refusal becomes an inline message instead of a broken page.
 *
 * @param <R> the macro's typed request
 */
public abstract class BlockMacro<R> implements Macro {

    protected final MacroOutput output;

    protected BlockMacro(MacroOutput output) {
        this.output = output;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            return render(request(new MacroParameters(parameters), context), mode);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    /** The typed request for the parameters (and the page they are on); an unusable one is an InvalidParameter. */
    protected abstract R request(MacroParameters parameters, ConversionContext context);

    /** One service call, one view model, one template for {@code mode}. */
    protected abstract String render(R request, OutputMode mode) throws MacroExecutionException;

    /** The result of {@code call}; a subject the service does not find is a mistake in parameter {@code name}. */
    protected static <T> T found(Supplier<T> call, String name, String reasonKey, Object value) {
        try {
            return call.get();
        } catch (Refusal.NotFound e) {
            throw new InvalidParameter(name, reasonKey, value);
        }
    }

    /** A page-unique element id, e.g. {@code cc-register-<uuid>}, that the script finds its macro by. */
    protected static String elementId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
