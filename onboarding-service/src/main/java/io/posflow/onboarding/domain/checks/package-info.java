/**
 * The synchronous format checks of an application (architecture §3 O3, K1, K3, K6): plain, immutable value
 * types that parse what a client sent and list every problem with its catalogue code. No Spring, no
 * clock: a check that depends on the date takes it as an argument.
 */
package io.posflow.onboarding.domain.checks;
