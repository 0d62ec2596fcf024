package org.connectedcouncils.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

public class PropertiesMessagesTest {

    private final PropertiesMessages target = new PropertiesMessages();

    @Test
    public void text_formatsArgumentsLikeConfluence() {
        String text = target.text("connected-councils.error.council", "E99999999");

        assertThat(text).isEqualTo("No active council has the code 'E99999999'.");
    }

    @Test
    public void text_failsOnAMissingKey() {
        assertThatThrownBy(() -> target.text("connected-councils.no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connected-councils.no.such.key");
    }
}
