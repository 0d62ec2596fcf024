package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.SortText;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class SortTextTest {

    @Test
    public void parse_readsTheFieldAndTheDirection() {
        assertThat(SortText.parse("-updated", SolutionSort.Field.class, SolutionSort.DEFAULT, SolutionSort::new))
                .contains(new SolutionSort(SolutionSort.Field.UPDATED, true));
        assertThat(SortText.parse(" +Name ", SolutionSort.Field.class, SolutionSort.DEFAULT, SolutionSort::new))
                .contains(new SolutionSort(SolutionSort.Field.NAME, false));
        assertThat(SortText.parse("phase", SolutionSort.Field.class, SolutionSort.DEFAULT, SolutionSort::new))
                .contains(new SolutionSort(SolutionSort.Field.PHASE, false));
    }

    @Test
    public void parse_givesTheDefaultForBlankAndNothingForAnUnknownField() {
        SolutionSort fallback = new SolutionSort(SolutionSort.Field.NAME, true);

        assertThat(SortText.parse(null, SolutionSort.Field.class, fallback, SolutionSort::new)).contains(fallback);
        assertThat(SortText.parse("  ", SolutionSort.Field.class, fallback, SolutionSort::new)).contains(fallback);
        assertThat(SortText.parse("-colour", SolutionSort.Field.class, fallback, SolutionSort::new)).isEmpty();
        assertThat(SortText.parse("--name", SolutionSort.Field.class, fallback, SolutionSort::new)).isEmpty();
    }

    @Test
    public void of_writesWhatParseReads() {
        String written = SortText.of(SolutionSort.Field.ADOPTIONS, true);

        assertThat(written).isEqualTo("-adoptions");
        assertThat(SortText.parse(written, SolutionSort.Field.class, SolutionSort.DEFAULT, SolutionSort::new))
                .contains(new SolutionSort(SolutionSort.Field.ADOPTIONS, true));
    }
}
