package org.connectedcouncils.profile.macro;

import java.util.Arrays;
import java.util.List;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.maturity.view.CommitmentLine;

/**
 * A council's commitments on its profile (fragment {@code templates/profile/council-commitments.vm}); for its own
 * editors (or an admin) on screen, also edit and remove buttons and the form to record one.
 */
public record CouncilCommitmentsPanel(String id, String council, List<CommitmentLine> lines, List<String> notes,
        List<Choice> kinds, List<Choice> statuses, boolean editable) {

    /** A value of the form's lists: its code and its name in the texts' language. */
    public record Choice(String code, String name) {
    }

    /** A page of the council's commitments; the form only when {@code editable}. */
    public static CouncilCommitmentsPanel of(String id, String council, Page<ListedCommitment> page,
            SolutionPages pages, boolean editable, DisplayText text) {
        List<CommitmentLine> lines = page.items().stream().map(l -> CommitmentLine.of(l, pages, text)).toList();
        List<String> notes = page.total() == 0 ? List.of(text.text(CommitmentLine.PREFIX + "none"))
                : page.hasNext() ? List.of(text.text(CommitmentLine.PREFIX + "capped",
                        DisplayText.number(lines.size()), DisplayText.number(page.total()))) : List.of();
        List<Choice> kinds = editable ? Arrays.stream(CommitmentKind.values()).map(k -> new Choice(k.code(),
                text.label(CommitmentLine.PREFIX + "kind.", k))).toList() : List.of();
        List<Choice> statuses = editable ? Arrays.stream(CommitmentStatus.values()).map(s -> new Choice(s.code(),
                text.label(CommitmentLine.PREFIX + "status.", s))).toList() : List.of();
        return new CouncilCommitmentsPanel(id, council, lines, notes, kinds, statuses, editable);
    }
}
