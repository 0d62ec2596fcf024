// Stand-in mirroring com.atlassian.annotations:atlassian-annotations (platform 8); signatures only.
// Checked: Bamboo 12.1.6 (jakarta, platform 8) tests servlets with it: docs.atlassian.com/atlassian-bamboo/12.1.6/
// com/atlassian/bamboo/plugins/dummy/servlet/ServletWithLicensedOnly.html; a public Jira DC app imports this FQCN.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
