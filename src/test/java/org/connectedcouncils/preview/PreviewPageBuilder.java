package org.connectedcouncils.preview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.webresource.api.assembler.PageBuilderService;

import org.connectedcouncils.testing.HostFake;

/**
 * The preview's stand-in for Confluence's page builder: notes, per request thread, which web resources the macros
 * rendered on this page asked for, so the page links exactly those (as Confluence would).
 */
final class PreviewPageBuilder {

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    /** This page builder as the host's {@link PageBuilderService}. */
    public PageBuilderService pageBuilderService() {
        return HostFake.of(PageBuilderService.class, this);
    }

    public PreviewPageBuilder assembler() {
        return this;
    }

    public PreviewPageBuilder resources() {
        return this;
    }

    public PreviewPageBuilder requireWebResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
        return this;
    }

    public PreviewPageBuilder requireContext(String context) {
        return this;
    }

    /** The resources required since the last call on this thread, which are then forgotten. */
    List<String> drain() {
        List<String> out = List.copyOf(required.get());
        required.remove();
        return out;
    }
}
