package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
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
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.admin.page.AdminPageView;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** Who gets the admin page and when: sign-in, admin rights, WebSudo, and the XSRF token on the settings post. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class AdminServletTest {

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private WebSudoManager webSudoManager;
    @Mock
    private XsrfTokenValidator xsrfValidator;
    @Mock
    private XsrfTokenAccessor xsrfAccessor;
    @Mock
    private Administration administration;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    @Mock
    private UserKey user;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private final StringWriter body = new StringWriter();
    private AdminServlet target;

    @Before
    public void setUp() {
        target = new AdminServlet(userManager, loginUriProvider, webSudoManager, xsrfValidator, xsrfAccessor,
                renderer.templateRenderer(), pageBuilder.pageBuilderService(), administration,
                new PropertiesMessages());
    }

    @Test
    public void doGet_sendsAnonymousUsersToLogInAndBack() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://wiki.example/plugins/servlet/x"));
        when(request.getQueryString()).thenReturn("saved=1");
        when(loginUriProvider.getLoginUri(URI.create("https://wiki.example/plugins/servlet/x?saved=1")))
                .thenReturn(URI.create("/login.action?os_destination=x"));

        target.doGet(request, response);

        verify(response).sendRedirect("/login.action?os_destination=x");
        verifyNoInteractions(webSudoManager, administration);
        assertThat(renderer.renderings()).isEmpty();
    }

    @Test
    public void doGet_answersSignedInNonAdminsWith403() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(user);

        target.doGet(request, response);

        verify(userManager).isSystemAdmin(user);
        verify(response).sendError(403);
        verifyNoInteractions(webSudoManager, administration);
        assertThat(renderer.renderings()).isEmpty();
    }

    @Test
    public void doGet_withoutWebSudoEnforcesItAndRendersNothing() throws Exception {
        signedInAsAdmin();
        doThrow(new WebSudoSessionException("no websudo")).when(webSudoManager).willExecuteWebSudoRequest(request);

        target.doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(administration, xsrfAccessor);
        assertThat(renderer.renderings()).isEmpty();
        assertThat(pageBuilder.webResources()).isEmpty();
    }

    @Test
    public void doGet_rendersTheCurrentSettingsWithTheScriptAndAFreshToken() throws Exception {
        signedInAsAdmin();
        page();
        when(administration.settings()).thenReturn(new AppSettings("editors", 3, 90));

        target.doGet(request, response);

        verify(response).setStatus(200);
        assertThat(renderer.last().template()).isEqualTo(AdminServlet.TEMPLATE);
        AdminPageView view = (AdminPageView) renderer.last().view();
        assertThat(view.xsrfToken()).isEqualTo("token-1");
        assertThat(view.formAction()).isEqualTo("/wiki/plugins/servlet/connected-councils/admin");
        assertThat(view.restPath()).isEqualTo("/wiki/rest/connected-councils/1.0/admin");
        assertThat(view.settings()).extracting(AdminPageView.Field::value).containsExactly("editors", "3", "90", "365", "30");
        assertThat(view.notices()).isEmpty();
        assertThat(pageBuilder.webResources()).containsExactly(AdminServlet.WEB_RESOURCE);
    }

    @Test
    public void doPost_withoutAValidXsrfTokenChangesNothingAnd403() throws Exception {
        signedInAsAdmin();
        page();
        when(administration.settings()).thenReturn(AppSettings.DEFAULTS);

        target.doPost(request, response);

        verify(administration, never()).saveSettings(any());
        verify(response).setStatus(403);
        AdminPageView view = (AdminPageView) renderer.last().view();
        assertThat(view.notices()).extracting(AdminPageView.Notice::type).containsExactly("error");
    }

    @Test
    public void doPost_withoutWebSudoEnforcesItBeforeLookingAtTheForm() throws Exception {
        signedInAsAdmin();
        doThrow(new WebSudoSessionException("no websudo")).when(webSudoManager).willExecuteWebSudoRequest(request);

        target.doPost(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(administration, xsrfValidator);
    }

    @Test
    public void doPost_nonAdminIsRefusedBeforeTheToken() throws Exception {
        when(userManager.getRemoteUserKey()).thenReturn(user);

        target.doPost(request, response);

        verify(response).sendError(403);
        verifyNoInteractions(xsrfValidator, administration);
    }

    @Test
    public void doPost_savesValidSettingsAndRedirectsBack() throws Exception {
        signedInAsAdmin();
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        form(" editors ", "3", "90");
        when(request.getRequestURI()).thenReturn("/wiki/plugins/servlet/connected-councils/admin");

        target.doPost(request, response);

        verify(administration).saveSettings(new AppSettings("editors", 3, 90));
        verify(response).setStatus(303);
        verify(response).setHeader("Location", "/wiki/plugins/servlet/connected-councils/admin?saved=1");
        assertThat(renderer.renderings()).isEmpty();
    }

    @Test
    public void doPost_showsTheSubmittedValuesWithTheirErrors() throws Exception {
        signedInAsAdmin();
        page();
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        form(null, "0", "soon");

        target.doPost(request, response);

        verify(administration, never()).saveSettings(any());
        verify(response).setStatus(400);
        AdminPageView view = (AdminPageView) renderer.last().view();
        assertThat(view.settings()).extracting(AdminPageView.Field::value).containsExactly("", "0", "soon", "365", "30");
        assertThat(view.settings().get(2).errors()).containsExactly("Must be a whole number.");
    }

    @Test
    public void doPost_showsTheServicesValidationErrors() throws Exception {
        signedInAsAdmin();
        page();
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        form(null, "0", "90");
        when(administration.saveSettings(new AppSettings(null, 0, 90))).thenThrow(ValidationException.of(
                FieldError.of("fundingBidLeadLimit", "connected-councils.error.range", 1, 20)));

        target.doPost(request, response);

        verify(response).setStatus(400);
        AdminPageView view = (AdminPageView) renderer.last().view();
        assertThat(view.settings().get(1).errors()).containsExactly("Must be between 1 and 20.");
    }

    private void signedInAsAdmin() {
        when(userManager.getRemoteUserKey()).thenReturn(user);
        when(userManager.isSystemAdmin(user)).thenReturn(true);
    }

    private void form(String createGroup, String fundingBidLeadLimit, String stalenessDays) {
        when(request.getParameter("createGroup")).thenReturn(createGroup);
        when(request.getParameter("fundingBidLeadLimit")).thenReturn(fundingBidLeadLimit);
        when(request.getParameter("stalenessDays")).thenReturn(stalenessDays);
        when(request.getParameter("adoptionCheckDays")).thenReturn("365");
        when(request.getParameter("adoptionGraceDays")).thenReturn("30");
    }

    private void page() throws Exception {
        when(request.getContextPath()).thenReturn("/wiki");
        when(request.getRequestURI()).thenReturn("/wiki/plugins/servlet/connected-councils/admin");
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfAccessor.getXsrfToken(request, response, true)).thenReturn("token-1");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }
}
