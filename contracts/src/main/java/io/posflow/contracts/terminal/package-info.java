/**
 * Events terminal-service publishes on {@code terminal.terminals.v1} and {@code terminal.transactions.v1},
 * and the transaction enums it defines.
 */
package io.posflow.contracts.terminal;
