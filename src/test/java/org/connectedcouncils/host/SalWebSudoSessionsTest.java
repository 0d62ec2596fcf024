package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpServletRequest;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

import org.junit.Test;

public class SalWebSudoSessionsTest {

    private final WebSudoManager manager = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    @Test
    public void aRequestSalLetsThroughIsInASession() {
        assertThat(new SalWebSudoSessions(manager).inSession(request)).isTrue();
    }

    @Test
    public void aRequestSalRefusesIsNot() throws Exception {
        doThrow(new WebSudoSessionException("none")).when(manager).willExecuteWebSudoRequest(request);

        assertThat(new SalWebSudoSessions(manager).inSession(request)).isFalse();
    }
}
