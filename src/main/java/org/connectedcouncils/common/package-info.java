/**
 * The kernel every feature builds on, and which imports no feature and no host code: shared values and the one
 * family of refusals ({@code domain}), the transaction, actor and event ports ({@code service}), AO helpers that know
 * no feature's tables ({@code ao}), the REST plumbing, paging and JSON formats ({@code rest}), the block-macro
 * skeleton and output modes ({@code macro}), CSV reading ({@code io}), and the audit and i18n ports. It may use only
 * the JDK, the libraries the app ships and the Atlassian API stand-ins.
 */
package org.connectedcouncils.common;
