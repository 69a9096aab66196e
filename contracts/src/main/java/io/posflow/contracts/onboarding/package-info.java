/**
 * Events onboarding-service publishes on {@code onboarding.applications.v1} and {@code onboarding.merchants.v1},
 * and the shapes and enums it defines (applicant types, channels, device models, settlement speeds).
 */
package io.posflow.contracts.onboarding;
