/**
 * Personal data on the wire: {@link io.posflow.contracts.pii.SealedValue} (masked + AES-GCM sealed) and the
 * codec that seals and unseals it.
 */
package io.posflow.contracts.pii;
