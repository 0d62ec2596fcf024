package org.connectedcouncils.maturity.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.service.ListedCommitment;

/**
 * A council's commitment: kind, title, status and dates, the working group it links ({@code group}, its name and
 * status; {@code groupGone} when the group no longer exists), who recorded it is left out.
 */
public record CommitmentJson(long id, String councilCode, String councilName, String kind, String title,
        String status, String madeOn, String dueBy, String metOn, String group, String groupName, String groupStatus,
        boolean groupGone, String created, String updated) {

    static CommitmentJson of(ListedCommitment l) {
        CommitmentDraft d = l.commitment().draft();
        return new CommitmentJson(l.commitment().id(), l.commitment().council().value(), l.councilName(),
                d.kind().code(), d.title(), d.status().code(), JsonFormats.date(d.madeOn()),
                JsonFormats.date(d.dueBy()), JsonFormats.date(d.metOn()),
                d.group() == null ? null : "WG-" + d.group(),
                l.group() == null ? null : l.group().details().name(),
                l.group() == null ? null : l.group().status().code(), l.groupGone(),
                JsonFormats.instant(l.commitment().created()), JsonFormats.instant(l.commitment().updated()));
    }
}
