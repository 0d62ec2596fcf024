package org.connectedcouncils.maturity.service;

import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.MaturityRules;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.SolutionRegister;

/** Who may read and write maturity data, and whether evidence entries are the council's own or in its use. */
final class MaturityGuards {

    static final String NOT_COUNCIL_EDITOR = "connected-councils.maturity.denied.notCouncilEditor";
    static final String OWN_ASSESSMENT = "connected-councils.maturity.denied.ownAssessment";

    private final ActorProvider actors;
    private final CouncilDirectory councils;
    private final SolutionRegister solutions;

    MaturityGuards(ActorProvider actors, CouncilDirectory councils, SolutionRegister solutions) {
        this.actors = actors;
        this.councils = councils;
        this.solutions = solutions;
    }

    Actor signedIn() {
        return SignedIn.require(actors);
    }

    Council council(CouncilCode code) {
        return councils.find(code).orElseThrow(() -> new Refusal.NotFound(code.toString()));
    }

    /** The actor, provided they edit for {@code council} or are an administrator. */
    Actor editorOf(CouncilCode council) {
        Actor actor = signedIn();
        if (!actor.admin() && !actor.editsFor(council)) {
            throw new Refusal.NotAllowed(NOT_COUNCIL_EDITOR);
        }
        return actor;
    }

    /**
     * Every evidence entry must be one the reader may see and that {@code council} owns or uses (a confirmed or
     * declared "using" adoption). At most {@link MaturityRules#MAX_ENTRIES} entries, two statements each.
     */
    void checkEvidence(CouncilCode council, List<String> entries) {
        for (String raw : entries) {
            SolutionKey key = SolutionKey.parse(raw).orElseThrow(() -> invalid(raw));
            Solution solution;
            try {
                solution = solutions.get(key);
            } catch (Refusal.NotFound e) {
                throw invalid(raw);
            }
            if (council.equals(solution.content().ownerCouncil())) {
                continue;
            }
            Page<Adoption> adoptions = solutions.adoptions(key, new PageRequest(0, PageRequest.MAX_LIMIT));
            boolean uses = adoptions.items().stream()
                    .anyMatch(a -> a.council().equals(council) && a.state() == AdoptionState.USING);
            if (!uses) {
                throw ValidationException.of(FieldError.of("evidence.entries",
                        "connected-councils.maturity.error.notOwnedOrUsed", raw));
            }
        }
    }

    private static ValidationException invalid(String raw) {
        return ValidationException.of(FieldError.of("evidence.entries", MaturityRules.BAD_ENTRY, raw));
    }
}
