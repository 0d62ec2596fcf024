package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.Locale;

import com.atlassian.sal.api.message.I18nResolver;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class SalMessagesTest {

    @Mock
    private I18nResolver resolver;

    private SalMessages target;

    @Before
    public void setUp() {
        target = new SalMessages(resolver);
    }

    @Test
    public void text_withoutArgumentsAsksForThePlainText() {
        when(resolver.getText("connected-councils.error.required")).thenReturn("This field is required.");

        String text = target.text("connected-councils.error.required");

        assertThat(text).isEqualTo("This field is required.");
    }

    @Test
    public void text_passesArgumentsAsSerializablesTurningOthersIntoText() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "E06000043";
            }
        };
        when(resolver.getText("connected-councils.error.council", (Serializable) "E06000043", 120))
                .thenReturn("No active council has the code 'E06000043'.");

        String text = target.text("connected-councils.error.council", notSerializable, 120);

        assertThat(text).isEqualTo("No active council has the code 'E06000043'.");
    }

    @Test
    public void in_asksForTheTextInTheGivenLocale() {
        Locale welsh = new Locale("cy", "GB");
        when(resolver.getText(welsh, "connected-councils.notify.mail.greeting", (Serializable) "Jo"))
                .thenReturn("Helo Jo,");

        String text = target.in(welsh).text("connected-councils.notify.mail.greeting", "Jo");

        assertThat(text).isEqualTo("Helo Jo,");
    }

    @Test
    public void in_withoutALocaleIsTheCurrentUsersTexts() {
        assertThat(target.in(null)).isSameAs(target);
    }
}
