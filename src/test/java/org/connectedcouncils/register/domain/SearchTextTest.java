package org.connectedcouncils.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class SearchTextTest {

    @Test
    public void tokens_foldCaseAccentsAndPlurals() {
        assertThat(SearchText.tokens("Bins, BOXES and Cafés; Libraries!"))
                .containsExactly("bin", "box", "cafe", "library");
    }

    @Test
    public void tokens_dropStopWordsSingleLettersAndDuplicates() {
        assertThat(SearchText.tokens("The bin of a bin", "for the bins")).containsExactly("bin");
    }

    @Test
    public void tokens_keepWordsEndingInDoubleSOrUs() {
        assertThat(SearchText.tokens("access bus census")).containsExactly("access", "bus", "census");
    }

    @Test
    public void tokens_areCappedInLengthAndNumber() {
        assertThat(SearchText.tokens("x".repeat(100))).containsExactly("x".repeat(SearchText.MAX_TOKEN_LENGTH));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append("word").append(i).append(' ');
        }
        assertThat(SearchText.tokens(many.toString())).hasSize(SearchText.MAX_TOKENS);
    }

    @Test
    public void fold_normalisesPunctuationToSingleSpaces() {
        assertThat(SearchText.fold("  Pay-&-Display  Parking… ")).isEqualTo("pay display parking");
    }
}
