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
    public void text_inWelsh_comesFromTheWelshFile_withItsApostrophes() {
        PropertiesMessages welsh = new PropertiesMessages(() -> RequestLocale.WELSH);

        assertThat(welsh.text("connected-councils.error.council", "W99999999"))
                .isEqualTo("Does gan yr un cyngor gweithredol y cod 'W99999999'.");
        assertThat(welsh.text("connected-councils.register.filter.clear")).isEqualTo("Clirio'r hidlwyr");
        assertThat(welsh.text("connected-councils.workinggroup.page.exitCriteria"))
                .isEqualTo("Pryd y daw'r gr\u0175p i ben");
    }

    @Test
    public void text_failsOnAMissingKey() {
        assertThatThrownBy(() -> target.text("connected-councils.no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connected-councils.no.such.key");
    }
}
