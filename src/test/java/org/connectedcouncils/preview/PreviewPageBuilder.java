package org.connectedcouncils.preview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * The preview's stand-in for Confluence's page builder: notes, per request thread, which web resources the macros
 * rendered on this page asked for, so the page links exactly those (as Confluence would).
 */
final class PreviewPageBuilder implements PageBuilderService, WebResourceAssembler, RequiredResources {

    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return this;
    }

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        required.get().add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        return this;
    }

    /** The resources required since the last call on this thread, which are then forgotten. */
    List<String> drain() {
        List<String> out = List.copyOf(required.get());
        required.remove();
        return out;
    }
}
