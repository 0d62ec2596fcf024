package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.page.RegisterPages.Document;
import org.connectedcouncils.register.page.RegisterPages.Outcome;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class SolutionPageServletTest {

    private static final String PATH = "/connected-councils/solutions/CC-12";

    @Mock
    private RegisterPages cards;
    @Mock
    private LoginUriProvider loginUris;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final StringWriter body = new StringWriter();
    private SolutionPageServlet target;

    @Before
    public void setUp() {
        target = new SolutionPageServlet(cards, loginUris);
    }

    @Test
    public void doGet_writesTheEntryPageForTheKeyInThePath() throws Exception {
        when(request.getPathInfo()).thenReturn(PATH);
        when(cards.document("CC-12", null)).thenReturn(new Document(Outcome.SHOWN, "<html>page</html>"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        target.doGet(request, response);

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(body.toString()).isEqualTo("<html>page</html>");
    }

    @Test
    public void doGet_answers404WithTheMacrosMessageForABadOrUnknownKey() throws Exception {
        when(request.getPathInfo()).thenReturn("/connected-councils/solutions/nope");
        when(cards.document("nope", null)).thenReturn(new Document(Outcome.NOT_FOUND, "<html>message</html>"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        target.doGet(request, response);

        verify(response).setStatus(404);
        assertThat(body.toString()).isEqualTo("<html>message</html>");
    }

    @Test
    public void doGet_answers403WhenTheRegisterRefuses() throws Exception {
        when(request.getPathInfo()).thenReturn(PATH);
        when(cards.document("CC-12", null)).thenReturn(new Document(Outcome.NOT_ALLOWED, "<html>refused</html>"));
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        target.doGet(request, response);

        verify(response).setStatus(403);
    }

    @Test
    public void doGet_sendsAnonymousReadersToTheLoginPageAndBackHere() throws Exception {
        when(request.getPathInfo()).thenReturn(PATH);
        when(request.getRequestURL())
                .thenReturn(new StringBuffer("https://wiki.example.org/plugins/servlet" + PATH));
        when(request.getQueryString()).thenReturn("from=register");
        when(cards.document("CC-12", null)).thenReturn(new Document(Outcome.SIGN_IN, ""));
        when(loginUris.getLoginUri(URI.create("https://wiki.example.org/plugins/servlet" + PATH + "?from=register")))
                .thenReturn(URI.create("/login.action?os_destination=x"));

        target.doGet(request, response);

        verify(response).sendRedirect("/login.action?os_destination=x");
        verify(response, never()).getWriter();
    }

    @Test
    public void service_refusesPostWith405() throws Exception {
        when(request.getMethod()).thenReturn("POST");
        when(request.getProtocol()).thenReturn("HTTP/1.1");

        target.service(request, response);

        verify(response).sendError(eq(405), anyString());
        verifyNoInteractions(cards);
    }

    @Test
    public void rawKey_isWhatFollowsSolutionsInThePath() {
        String full = SolutionPageServlet.rawKey(PATH);
        String shortPath = SolutionPageServlet.rawKey("/CC-7");
        String nested = SolutionPageServlet.rawKey("/connected-councils/solutions/CC-1/solutions/x");
        String none = SolutionPageServlet.rawKey(null);

        assertThat(full).isEqualTo("CC-12");
        assertThat(shortPath).isEqualTo("CC-7");
        assertThat(nested).isEqualTo("CC-1/solutions/x");
        assertThat(none).isEmpty();
    }
}
