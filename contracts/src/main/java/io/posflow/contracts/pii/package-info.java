/**
 * Personal data on the wire: {@link io.posflow.contracts.pii.SealedValue} (masked + AES-GCM sealed) and the
 * codec that seals and unseals it, how a value is masked, and {@link io.posflow.contracts.pii.Luhn}, the check
 * digit every reader of a card number applies.
 */
package io.posflow.contracts.pii;
