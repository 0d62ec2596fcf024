package org.connectedcouncils.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import org.junit.Test;

/** HostFake sends each call to the target's method of the same signature, and refuses the ones it lacks. */
public class HostFakeTest {

    /** A target with one method of {@link LoginUriProvider} and one that throws. */
    static final class Login {

        public URI getLoginUri(URI returnUri) {
            if (returnUri.toString().isEmpty()) {
                throw new WebSudoSessionException("empty");
            }
            return URI.create("/login?to=" + returnUri);
        }
    }

    @Test
    public void of_sendsACallToTheTargetsMethodOfTheSameSignature() {
        LoginUriProvider fake = HostFake.of(LoginUriProvider.class, new Login());

        assertThat(fake.getLoginUri(URI.create("/x"))).isEqualTo(URI.create("/login?to=/x"));
    }

    @Test
    public void of_rethrowsWhatTheTargetThrows() {
        LoginUriProvider fake = HostFake.of(LoginUriProvider.class, new Login());

        assertThatThrownBy(() -> fake.getLoginUri(URI.create(""))).isInstanceOf(WebSudoSessionException.class);
    }

    @Test
    public void of_answersAFluentSelfReturnWithAFakeOfTheWantedInterface() {
        RecordingPageBuilder builder = new RecordingPageBuilder();
        PageBuilderService fake = builder.pageBuilderService();

        fake.assembler().resources().requireWebResource("a:b").requireContext("c");

        assertThat(builder.webResources()).containsExactly("a:b");
        assertThat(builder.contexts()).containsExactly("c");
    }

    @Test
    public void of_refusesAMethodTheTargetLacks() {
        Space fake = HostFake.of(Space.class, new Object());

        assertThatThrownBy(fake::getKey).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Space.getKey");
    }
}
