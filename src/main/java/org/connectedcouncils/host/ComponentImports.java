package org.connectedcouncils.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.audit.api.AuditService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

/**
 * Every Confluence service the app uses, in one place: at build time Atlassian Spring Scanner turns each field into
 * an import of that OSGi service into the plugin's Spring context, where the beans of
 * {@code META-INF/spring/connected-councils-beans.xml} and the plugin's modules receive them by constructor.
 * Never instantiated; SpringWiringTest keeps this list exactly the host types the constructors ask for.
 */
@SuppressWarnings("unused")
public final class ComponentImports {

    @ComponentImport
    private ActiveObjects activeObjects;

    /** SAL's, named because Confluence also has a UserManager of its own. */
    @ComponentImport("salUserManager")
    private UserManager userManager;

    /** SAL's, named because Confluence also has ApplicationProperties of its own. */
    @ComponentImport("salApplicationProperties")
    private ApplicationProperties applicationProperties;

    @ComponentImport
    private I18nResolver i18nResolver;

    /** SAL's: a user's chosen language, for the e-mails written to them. */
    @ComponentImport
    private LocaleResolver localeResolver;

    @ComponentImport
    private TemplateRenderer templateRenderer;

    @ComponentImport
    private PageBuilderService pageBuilderService;

    @ComponentImport
    private AuditService auditService;

    @ComponentImport
    private LoginUriProvider loginUriProvider;

    @ComponentImport
    private WebSudoManager webSudoManager;

    @ComponentImport
    private XsrfTokenValidator xsrfTokenValidator;

    @ComponentImport
    private XsrfTokenAccessor xsrfTokenAccessor;

    @ComponentImport
    private PageManager pageManager;

    @ComponentImport
    private SpaceManager spaceManager;

    @ComponentImport
    private LabelManager labelManager;

    @ComponentImport
    private PermissionManager permissionManager;

    @ComponentImport
    private ClusterLockService clusterLockService;

    @ComponentImport
    private MailServerManager mailServerManager;

    @ComponentImport
    private SchedulerService schedulerService;

    @ComponentImport
    private UserAccessor userAccessor;

    private ComponentImports() {
    }
}
