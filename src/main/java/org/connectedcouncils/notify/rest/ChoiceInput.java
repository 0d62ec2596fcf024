package org.connectedcouncils.notify.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code PUT /notifications/choices/{kind}}: {@code immediate}, {@code daily}, {@code weekly} or {@code off}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ChoiceInput(String choice) {
}
