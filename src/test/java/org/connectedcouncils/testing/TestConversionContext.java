package org.connectedcouncils.testing;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** A conversion context with a fixed output type and space key. */
public record TestConversionContext(String outputType, String spaceKey) implements ConversionContext {

    public static TestConversionContext display() {
        return new TestConversionContext("display", null);
    }

    public static TestConversionContext pdf() {
        return new TestConversionContext("pdf", null);
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }
}
