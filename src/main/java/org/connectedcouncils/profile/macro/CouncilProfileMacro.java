package org.connectedcouncils.profile.macro;

import java.util.Map;
import java.util.Optional;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.service.RegisterQueries;

/**
 * {@code cc-council}: a council's profile in the register. The council comes from the {@code council} parameter or,
 * when that is left out, from the space key when the space is named after a council code (e.g. space E06000043).
 */
public final class CouncilProfileMacro implements Macro {

    static final String PROFILE = "templates/register/council.vm";
    static final String REQUIRED = "connected-councils.macro.error.required";
    static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";
    static final String BAD_COUNCIL = "connected-councils.macro.error.councilCode";

    private final RegisterQueries queries;
    private final MacroOutput output;

    public CouncilProfileMacro(RegisterQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            CouncilCode code = council(new MacroParameters(parameters), context);
            PageRequest page = mode.isInteractive() ? PageRequest.FIRST : new PageRequest(0, PageRequest.MAX_LIMIT);
            RegisterQueries.CouncilProfile profile;
            try {
                profile = queries.profile(code, page);
            } catch (Refusal.NotFound e) {
                throw new InvalidParameter("council", UNKNOWN_COUNCIL, code.value());
            }
            return output.render(PROFILE, CouncilProfileView.of(profile, output.solutionPages(mode), output.text()), mode);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    private static CouncilCode council(MacroParameters p, ConversionContext context) {
        Optional<String> given = p.text("council").or(() -> p.text("0"));
        if (given.isPresent()) {
            return CouncilCode.parse(given.get())
                    .orElseThrow(() -> new InvalidParameter("council", BAD_COUNCIL, given.get()));
        }
        return Optional.ofNullable(context == null ? null : context.getSpaceKey())
                .flatMap(CouncilCode::parse)
                .orElseThrow(() -> new InvalidParameter("council", REQUIRED));
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
