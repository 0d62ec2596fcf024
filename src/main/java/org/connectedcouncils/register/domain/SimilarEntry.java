package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.CouncilCode;

/** An entry that looks like the one being written, with how alike they look (higher is more alike). */
public record SimilarEntry(SolutionKey key, String name, String summary, CouncilCode ownerCouncil, Phase phase,
        EntryState state, boolean sameServiceArea, double score) {
}
