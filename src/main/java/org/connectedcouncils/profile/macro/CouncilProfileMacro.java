package org.connectedcouncils.profile.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.council.service.EditorRequests;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.service.Invitations;

/**
 * {@code cc-council}: a council's profile in the register. The council comes from the {@code council} parameter or,
 * when that is left out, from the space key when the space is named after a council code (e.g. space E06000043).
 * Beside its entries, a map of where the solutions it uses come from and its digital maturity.
 */
public final class CouncilProfileMacro extends BlockMacro<CouncilCode> {

    static final String PROFILE = "templates/register/council.vm";
    static final String REQUIRED = "connected-councils.macro.error.required";
    static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";
    static final String BAD_COUNCIL = "connected-councils.macro.error.councilCode";

    /** The working-group script, which answers the invitations listed on the profile. */
    static final String GROUP_WEB_RESOURCE = "org.connectedcouncils.connected-councils:working-group-macros";

    /** The script of the profile's form to offer to lead in a service area or withdraw (its editors, on screen). */
    static final String LEADS_WEB_RESOURCE = "org.connectedcouncils.connected-councils:council-leads";

    /** The script of the profile's editor-rights panel: ask, approve, refuse (signed-in people, on screen). */
    static final String EDITOR_RIGHTS_WEB_RESOURCE = "org.connectedcouncils.connected-councils:council-editor-rights";

    /** The script of the profile's commitments form: record, change, remove (its editors, on screen). */
    static final String COMMITMENTS_WEB_RESOURCE = "org.connectedcouncils.connected-councils:council-commitments";

    /** The script of the profile's take-over of ended councils' entries (the successor's editors, on screen). */
    static final String TAKE_OVER_WEB_RESOURCE = "org.connectedcouncils.connected-councils:council-take-over";

    private final RegisterQueries queries;
    private final Invitations invitations;
    private final Maturity maturity;
    private final EditorRequests editorRequests;
    private final CouncilCommitments commitments;
    private final ActorProvider actors;

    public CouncilProfileMacro(RegisterQueries queries, Invitations invitations, Maturity maturity,
            EditorRequests editorRequests, CouncilCommitments commitments, ActorProvider actors, MacroOutput output) {
        super(output);
        this.queries = queries;
        this.invitations = invitations;
        this.maturity = maturity;
        this.editorRequests = editorRequests;
        this.commitments = commitments;
        this.actors = actors;
    }

    @Override
    protected CouncilCode request(MacroParameters p, ConversionContext context) {
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
    protected String render(CouncilCode code, OutputMode mode) throws MacroExecutionException {
        PageRequest page = mode.isInteractive() ? PageRequest.FIRST : new PageRequest(0, PageRequest.MAX_LIMIT);
        RegisterQueries.CouncilProfile profile = found(() -> queries.profile(code, page), "council", UNKNOWN_COUNCIL,
                code.value());
        boolean mayCreate = mode.isInteractive() && queries.mayCreate(code);
        String id = elementId("cc-council");
        Actor actor = actors.current();
        boolean onScreen = mode.isInteractive() && actor != null;
        boolean editor = onScreen && actor.editsFor(code);
        boolean mayLead = editor || onScreen && actor.admin();
        CouncilMaturity councilMaturity = maturity.profile(code);
        CouncilProfileView shown = CouncilProfileView.of(profile, output.solutionPages(mode), output.text(),
                mayCreate).withPictures(CouncilPictures.of(id, profile, councilMaturity, output.text()))
                .withLeads(CouncilLeads.of(id + "-leads", councilMaturity, maturity.leaders(null, code), mayLead,
                        output.text()))
                .withCommitments(CouncilCommitmentsPanel.of(id + "-commitments", code.value(),
                        commitments.list(CommitmentFilter.of(code), page),
                        output.solutionPages(mode), mayLead, output.text()));
        CouncilProfileView view = mode.isInteractive() ? shown.onScreen() : shown;
        if (!onScreen || actor.isAnonymous()) {
            return output.render(PROFILE, view, mode);
        }
        view = view.withEditorRights(CouncilEditorRights.of(id + "-editors", code.value(),
                editorRequests.standing(code, PageRequest.FIRST), output.text()));
        List<String> scripts = new ArrayList<>(List.of(MacroOutput.WEB_RESOURCE));
        List<CouncilTakeOverPanel> takeOvers = CouncilTakeOverPanel.of(id + "-take-over", code.value(),
                queries.waitingForTakeOver(code), output.text());
        if (!takeOvers.isEmpty()) {
            view = view.withTakeOvers(takeOvers);
            scripts.add(TAKE_OVER_WEB_RESOURCE);
        }
        if (editor) {
            Page<Invitation> waiting = invitations.pendingFor(code, PageRequest.FIRST);
            view = view.withInvitations(CouncilInvitations.of(waiting, invitations.groupNames(waiting),
                    output.text()));
            scripts.add(GROUP_WEB_RESOURCE);
        }
        if (mayLead) {
            scripts.add(LEADS_WEB_RESOURCE);
            scripts.add(COMMITMENTS_WEB_RESOURCE);
        }
        scripts.add(EDITOR_RIGHTS_WEB_RESOURCE);
        return output.render(PROFILE, view, mode, scripts.toArray(String[]::new));
    }
}
