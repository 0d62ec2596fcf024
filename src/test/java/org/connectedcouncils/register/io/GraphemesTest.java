package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class GraphemesTest {

    @Test
    public void count_takesEachUserPerceivedCharacterOnce() {
        assertThat(Graphemes.count("")).isZero();
        assertThat(Graphemes.count("Brighton")).isEqualTo(8);
        assertThat(Graphemes.count("e\u0301")).as("e + combining acute").isEqualTo(1);
        assertThat(Graphemes.count("👨\u200D👩\u200D👧\u200D👦")).as("ZWJ family").isEqualTo(1);
        assertThat(Graphemes.count("🇬🇧🇮🇪")).as("two flags").isEqualTo(2);
        assertThat(Graphemes.count("👍🏽")).as("emoji with skin tone").isEqualTo(1);
        assertThat(Graphemes.count("\r\n")).isEqualTo(1);
        assertThat(Graphemes.count("베스핀")).isEqualTo(3);
    }
}
