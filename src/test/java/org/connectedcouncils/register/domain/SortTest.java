package org.connectedcouncils.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

import org.connectedcouncils.common.domain.Sort;

public class SortTest {

    @Test
    public void parse_readsTheFieldAndTheDirection() {
        assertThat(Sort.parse("-updated", SolutionSortField.DEFAULT))
                .contains(new Sort<>(SolutionSortField.UPDATED, true));
        assertThat(Sort.parse(" +Name ", SolutionSortField.DEFAULT))
                .contains(new Sort<>(SolutionSortField.NAME, false));
        assertThat(Sort.parse("phase", SolutionSortField.DEFAULT))
                .contains(new Sort<>(SolutionSortField.PHASE, false));
    }

    @Test
    public void parse_givesTheDefaultForBlankAndNothingForAnUnknownField() {
        Sort<SolutionSortField> fallback = new Sort<>(SolutionSortField.NAME, true);

        assertThat(Sort.parse(null, fallback)).contains(fallback);
        assertThat(Sort.parse("  ", fallback)).contains(fallback);
        assertThat(Sort.parse("-colour", fallback)).isEmpty();
        assertThat(Sort.parse("--name", fallback)).isEmpty();
    }

    @Test
    public void toString_writesWhatParseReads() {
        String written = new Sort<>(SolutionSortField.ADOPTIONS, true).toString();

        assertThat(written).isEqualTo("-adoptions");
        assertThat(Sort.parse(written, SolutionSortField.DEFAULT))
                .contains(new Sort<>(SolutionSortField.ADOPTIONS, true));
    }
}
