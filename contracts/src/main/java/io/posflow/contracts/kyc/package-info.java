/** Events kyc-service publishes on {@code kyc.verifications.v1}. */
package io.posflow.contracts.kyc;
