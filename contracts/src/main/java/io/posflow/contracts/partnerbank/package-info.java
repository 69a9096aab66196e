/**
 * The partner banks' interface: applications banks publish on {@code partner-bank.applications.v1} and the
 * feedback onboarding-service publishes on {@code partner-bank.application-feedback.v1}. Both topics are
 * owned (created) by onboarding-service.
 */
package io.posflow.contracts.partnerbank;
