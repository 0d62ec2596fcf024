package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.ValidationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.connectedcouncils.common.domain.CouncilCode;
import org.junit.Test;

/** Parsing of the small value types that arrive from URLs and JSON. */
public class ValuesTest {

    @Test
    public void solutionKey_parsesTheCcFormOnly() {
        assertThat(SolutionKey.parse("CC-42")).contains(SolutionKey.of(42));
        assertThat(SolutionKey.parse(" cc-7 ")).contains(SolutionKey.of(7));
        assertThat(SolutionKey.parse("CC-0")).isEmpty();
        assertThat(SolutionKey.parse("CC-01")).isEmpty();
        assertThat(SolutionKey.parse("42")).isEmpty();
        assertThat(SolutionKey.parse("CC-99999999999")).isEmpty();
        assertThat(SolutionKey.of(42).toString()).isEqualTo("CC-42");
    }

    @Test
    public void councilCode_normalisesCaseAndRejectsJunk() {
        assertThat(CouncilCode.parse(" e06000023 ")).contains(CouncilCode.of("E06000023"));
        assertThat(CouncilCode.parse("NL-GM0363")).isPresent();
        assertThat(CouncilCode.parse("<script>")).isEmpty();
        assertThatThrownBy(() -> CouncilCode.of("e06000023")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void sort_parsesFieldAndDirection() {
        assertThat(Sort.parse("-updated", SolutionSortField.DEFAULT))
                .contains(new Sort<>(SolutionSortField.UPDATED, true));
        assertThat(Sort.parse("name", SolutionSortField.DEFAULT)).contains(new Sort<>(SolutionSortField.NAME, false));
        assertThat(Sort.parse(null, SolutionSortField.DEFAULT)).contains(SolutionSortField.DEFAULT);
        assertThat(Sort.parse("price", SolutionSortField.DEFAULT)).isEmpty();
    }

    @Test
    public void pageRequest_reportsBadValuesByField() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 25));
        assertThatThrownBy(() -> PageRequest.of(-1, 500)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("start", "limit"));
    }

    @Test
    public void coded_usesHyphenatedLowerCaseCodes() {
        assertThat(CollaborationOffer.OPEN_TO_CONVERSATION.code()).isEqualTo("open-to-conversation");
        assertThat(Coded.fromCode(SoftwareType.class, "standalone/web")).contains(SoftwareType.STANDALONE_WEB);
        assertThat(Coded.fromCode(Phase.class, "BETA")).contains(Phase.BETA);
        assertThat(Coded.fromCode(Phase.class, "gamma")).isEmpty();
    }

    @Test
    public void adoptionCounts_moveBetweenStates() {
        AdoptionCounts counts = AdoptionCounts.NONE.move(null, AdoptionState.EVALUATING)
                .move(AdoptionState.EVALUATING, AdoptionState.USING);

        assertThat(counts).isEqualTo(new AdoptionCounts(0, 1, 0));
    }
}
