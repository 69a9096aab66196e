/** The reason-code catalogue and the shapes that carry reasons in events. */
package io.posflow.contracts.reasons;
